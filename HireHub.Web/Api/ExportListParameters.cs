using System.Globalization;
using HireHub.Core.Domain;
using HireHub.Core.Features.Exports;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Extensions.Localization;

namespace HireHub.Web.Api;

/// <summary>
/// The query string of <c>GET /api/v1/exported-candidates</c> as sent: bound as text and read here, so that a wrong
/// value is answered in HireHub's words, field by field, rather than by the framework's bare 400.
/// </summary>
/// <remarks>
/// No <c>[Description]</c> on these: Microsoft.AspNetCore.OpenApi 10.0.15 fails to read one from an
/// <c>[AsParameters]</c> parameter (an InvalidCastException, 500 for the whole document); the operation's own
/// description names the values.
/// </remarks>
public sealed record ExportListParameters(
    [FromQuery(Name = "status")] string? Status,
    [FromQuery(Name = "updatedSince")] string? UpdatedSince,
    [FromQuery(Name = "limit")] string? Limit,
    [FromQuery(Name = "cursor")] string? Cursor)
{
    /// <summary>The query, or null when a value is wrong (<see cref="Errors"/> says which).</summary>
    public ExportListQuery? Read(IStringLocalizer<ApiText> text) =>
        Errors(text).Count > 0 ? null : new ExportListQuery(StatusFilter, Since, Take ?? ExportListQuery.DefaultLimit, string.IsNullOrEmpty(Cursor) ? null : Cursor);

    public Dictionary<string, string[]> Errors(IStringLocalizer<ApiText> text)
    {
        var errors = new Dictionary<string, string[]>();
        if (!string.IsNullOrEmpty(Status) && StatusFilter is null)
        {
            errors["status"] = [text["StatusUnknown", string.Join(", ", Enum.GetNames<CandidateStatus>())]];
        }

        if (!string.IsNullOrEmpty(UpdatedSince) && Since is null)
        {
            errors["updatedSince"] = [text["UpdatedSinceFormat"]];
        }

        if (!string.IsNullOrEmpty(Limit) && Take is null)
        {
            errors["limit"] = [text["LimitFormat", ExportListQuery.MaxLimit]];
        }

        return errors;
    }

    private CandidateStatus? StatusFilter =>
        Enum.TryParse<CandidateStatus>(Status, ignoreCase: true, out var parsed) && Enum.IsDefined(parsed) && !int.TryParse(Status, out _) ? parsed : null;

    private DateTimeOffset? Since =>
        DateTimeOffset.TryParse(UpdatedSince, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal, out var parsed) ? parsed.ToUniversalTime() : null;

    private int? Take => int.TryParse(Limit, NumberStyles.None, CultureInfo.InvariantCulture, out var take) ? take : null;
}
