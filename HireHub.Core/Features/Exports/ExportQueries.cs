using System.Buffers.Text;
using System.Globalization;
using System.Text;
using HireHub.Core.Common;
using HireHub.Core.Data;
using HireHub.Core.Domain;
using HireHub.Core.Features.Hiring;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;

namespace HireHub.Core.Features.Exports;

/// <summary>Reading exported candidates back: by id, in keyset pages, their changes, and the table's metadata.</summary>
public sealed class ExportQueries(IDbContextFactory<HireHubDbContext> dbFactory, IStringLocalizer<CoreText> text)
{
    public const string TableName = "exportedCandidates";

    /// <summary>The fields of the exported candidates table, as an ATS writes and reads them.</summary>
    public static IReadOnlyList<ExportField> Fields { get; } =
    [
        new("id", "uuid", Required: false, MaxLength: null, ReadOnly: true),
        new("candidateId", "string", Required: true, CandidateFields.CandidateIdMaxLength),
        new("firstName", "string", Required: true, PersonName.MaxLength),
        new("middleName", "string", Required: false, PersonName.MaxLength),
        new("lastName", "string", Required: true, PersonName.MaxLength),
        new("email", "email", Required: true, ContactDetails.EmailMaxLength),
        new("phone", "phone", Required: false, ContactDetails.PhoneMaxLength),
        new("startDate", "date", Required: true, MaxLength: null),
        new("jobTitle", "string", Required: false, CandidateFields.TextMaxLength),
        new("location", "string", Required: false, CandidateFields.TextMaxLength),
        new("hrisProvider", "string", Required: false, CandidateFields.TextMaxLength),
        new("recruiter.name", "string", Required: false, CandidateFields.TextMaxLength),
        new("recruiter.email", "email", Required: false, ContactDetails.EmailMaxLength),
        new("status", "string", Required: false, MaxLength: null, ReadOnly: true),
        new("revision", "integer", Required: false, MaxLength: null, ReadOnly: true),
        new("receivedAt", "date-time", Required: false, MaxLength: null, ReadOnly: true),
        new("updatedAt", "date-time", Required: false, MaxLength: null, ReadOnly: true),
        new("workerPersonnelNumber", "string", Required: false, MaxLength: null, ReadOnly: true),
        new("hire", "object", Required: false, MaxLength: null, ReadOnly: true),
    ];

    public async Task<ExportTableMetadata> MetadataAsync(CancellationToken ct = default)
    {
        await using var db = await dbFactory.CreateDbContextAsync(ct);
        var table = await db.IntegrationTables.AsNoTracking().SingleOrDefaultAsync(t => t.Name == IntegrationTable.ExportedCandidates, ct);
        return new ExportTableMetadata(TableName, table?.SchemaVersion ?? 0, table?.GeneratedAt, Fields);
    }

    /// <summary>A candidate of <paramref name="connectionId"/>; null when it does not exist or belongs to another connection.</summary>
    public async Task<ExportedCandidateResource?> FindAsync(Guid connectionId, Guid id, CancellationToken ct = default)
    {
        await using var db = await dbFactory.CreateDbContextAsync(ct);
        return await db.ExportedCandidates.AsNoTracking()
            .Where(c => c.Id == id && c.ConnectionId == connectionId)
            .Select(ExportedCandidateResource.Projection)
            .SingleOrDefaultAsync(ct);
    }

    /// <summary>
    /// A connection's candidates in the order they last changed, a page at a time. The cursor is the last row's
    /// (updated at, candidate id), so rows added while a caller pages arrive after it: no gaps, no repeats.
    /// </summary>
    public async Task<Result<ExportedCandidatePage>> ListAsync(Guid connectionId, ExportListQuery query, CancellationToken ct = default)
    {
        if (query.Limit is < 1 or > ExportListQuery.MaxLimit)
        {
            return Invalid(nameof(ExportListQuery.Limit), text["ListLimit", ExportListQuery.MaxLimit]);
        }

        (DateTimeOffset UpdatedAt, string CandidateId)? after = null;
        if (query.Cursor is not null)
        {
            if (!TryReadCursor(query.Cursor, out var position))
            {
                return Invalid(nameof(ExportListQuery.Cursor), text["ListCursor"]);
            }

            after = position;
        }

        await using var db = await dbFactory.CreateDbContextAsync(ct);
        var candidates = db.ExportedCandidates.AsNoTracking().Where(c => c.ConnectionId == connectionId);
        if (query.Status is { } status)
        {
            candidates = candidates.Where(c => c.Status == status);
        }

        if (query.UpdatedSince is { } since)
        {
            candidates = candidates.Where(c => c.UpdatedAt >= since);
        }

        if (after is var (updatedAt, candidateId))
        {
            candidates = candidates.Where(c => c.UpdatedAt > updatedAt || (c.UpdatedAt == updatedAt && string.Compare(c.CandidateId, candidateId) > 0));
        }

        var rows = await candidates.OrderBy(c => c.UpdatedAt).ThenBy(c => c.CandidateId)
            .Take(query.Limit + 1)
            .Select(ExportedCandidateResource.Projection)
            .ToListAsync(ct);
        var more = rows.Count > query.Limit;
        var items = more ? rows[..query.Limit] : rows;
        return new ExportedCandidatePage(items, more ? WriteCursor(items[^1]) : null);
    }

    /// <summary>What the latest re-export of a candidate changed (empty at revision 1), for the Hire new worker dialog.</summary>
    public async Task<IReadOnlyList<CandidateChange>> LatestChangesAsync(Guid candidateId, CancellationToken ct = default)
    {
        await using var db = await dbFactory.CreateDbContextAsync(ct);
        return await db.CandidateRevisions.AsNoTracking()
            .Where(r => r.ExportedCandidateId == candidateId && r.Revision == r.ExportedCandidate!.Revision)
            .OrderBy(r => r.Id)
            .Select(r => new CandidateChange(r.Field, r.OldValue, r.NewValue))
            .ToListAsync(ct);
    }

    /// <summary>Every change re-exports made to a candidate, oldest first, for the Exports page's history.</summary>
    public async Task<IReadOnlyList<CandidateRevisionItem>> RevisionsAsync(Guid candidateId, CancellationToken ct = default)
    {
        await using var db = await dbFactory.CreateDbContextAsync(ct);
        return await db.CandidateRevisions.AsNoTracking()
            .Where(r => r.ExportedCandidateId == candidateId)
            .OrderBy(r => r.Revision).ThenBy(r => r.Id)
            .Select(r => new CandidateRevisionItem(r.Revision, r.RevisedAt, r.Field, r.OldValue, r.NewValue))
            .ToListAsync(ct);
    }

    private static string WriteCursor(ExportedCandidateResource last) =>
        Base64Url.EncodeToString(Encoding.UTF8.GetBytes(last.UpdatedAt.UtcTicks.ToString(CultureInfo.InvariantCulture) + "|" + last.CandidateId));

    private static bool TryReadCursor(string cursor, out (DateTimeOffset UpdatedAt, string CandidateId) position)
    {
        position = default;
        try
        {
            var text = Encoding.UTF8.GetString(Base64Url.DecodeFromChars(cursor));
            var separator = text.IndexOf('|', StringComparison.Ordinal);
            if (separator < 1 || !long.TryParse(text.AsSpan(0, separator), NumberStyles.None, CultureInfo.InvariantCulture, out var ticks)
                || ticks > DateTimeOffset.MaxValue.UtcTicks)
            {
                return false;
            }

            position = (new DateTimeOffset(ticks, TimeSpan.Zero), text[(separator + 1)..]);
            return true;
        }
        catch (FormatException)
        {
            return false;
        }
    }

    private static Problem Invalid(string field, string message) =>
        Problem.Invalid(new Dictionary<string, string[]> { [field] = [message] }, message);
}

/// <summary>One field changed by one re-export.</summary>
public sealed record CandidateRevisionItem(int Revision, DateTimeOffset RevisedAt, string Field, string? OldValue, string? NewValue);
