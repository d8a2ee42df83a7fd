using System.Globalization;
using HireHub.Core.Common;
using HireHub.Core.Domain;
using HireHub.Core.Features.Hiring;

namespace HireHub.Core.Features.Exports;

/// <summary>A valid export as it is stored: trimmed, empty values as null, the phone number in E.164.</summary>
internal sealed record NormalizedExport(
    string CandidateId,
    string FirstName,
    string? MiddleName,
    string LastName,
    string? Email,
    string? Phone,
    DateOnly StartDate,
    string? JobTitle,
    string? Location,
    string? HrisProvider,
    string? RecruiterName,
    string? RecruiterEmail)
{
    /// <summary>Only for a request <see cref="ExportCandidateValidator"/> accepted.</summary>
    public static NormalizedExport From(ExportCandidate request, string phoneRegion)
    {
        ExportCandidateValidator.TryParseDate(request.StartDate, out var startDate);
        return new NormalizedExport(
            request.CandidateId!.Trim(),
            request.FirstName!.Trim(),
            Clean(request.MiddleName),
            request.LastName!.Trim(),
            Clean(request.Email),
            PhoneNumberFormat.NormalizeOrNull(request.Phone, phoneRegion),
            startDate,
            Clean(request.JobTitle),
            Clean(request.Location),
            Clean(request.HrisProvider),
            Clean(request.Recruiter?.Name),
            Clean(request.Recruiter?.Email));
    }

    public ExportedCandidate NewCandidate(Guid connectionId, DateTimeOffset now) => new()
    {
        ConnectionId = connectionId,
        CandidateId = CandidateId,
        FirstName = FirstName,
        MiddleName = MiddleName,
        LastName = LastName,
        Email = Email,
        Phone = Phone,
        StartDate = StartDate,
        JobTitle = JobTitle,
        Location = Location,
        HrisProvider = HrisProvider,
        RecruiterName = RecruiterName,
        RecruiterEmail = RecruiterEmail,
        ReceivedAt = now,
        UpdatedAt = now,
        Revision = 1,
    };

    /// <summary>The fields whose stored value differs from this export, named as in the API.</summary>
    public IReadOnlyList<CandidateChange> ChangesFrom(ExportedCandidate stored) =>
        new CandidateChange[]
        {
            new("firstName", stored.FirstName, FirstName),
            new("middleName", stored.MiddleName, MiddleName),
            new("lastName", stored.LastName, LastName),
            new("email", stored.Email, Email),
            new("phone", stored.Phone, Phone),
            new("startDate", Format(stored.StartDate), Format(StartDate)),
            new("jobTitle", stored.JobTitle, JobTitle),
            new("location", stored.Location, Location),
            new("hrisProvider", stored.HrisProvider, HrisProvider),
            new("recruiter.name", stored.RecruiterName, RecruiterName),
            new("recruiter.email", stored.RecruiterEmail, RecruiterEmail),
        }.Where(c => !string.Equals(c.OldValue, c.NewValue, StringComparison.Ordinal)).ToList();

    public void ApplyTo(ExportedCandidate stored)
    {
        stored.FirstName = FirstName;
        stored.MiddleName = MiddleName;
        stored.LastName = LastName;
        stored.Email = Email;
        stored.Phone = Phone;
        stored.StartDate = StartDate;
        stored.JobTitle = JobTitle;
        stored.Location = Location;
        stored.HrisProvider = HrisProvider;
        stored.RecruiterName = RecruiterName;
        stored.RecruiterEmail = RecruiterEmail;
    }

    public static string? Format(DateOnly? date) => date?.ToString(ExportCandidateValidator.DateFormat, CultureInfo.InvariantCulture);

    private static string? Clean(string? value) => string.IsNullOrWhiteSpace(value) ? null : value.Trim();
}
