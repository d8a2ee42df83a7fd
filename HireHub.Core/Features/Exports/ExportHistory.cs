using System.Linq.Expressions;
using HireHub.Core.Common;
using HireHub.Core.Data;
using HireHub.Core.Domain;
using Microsoft.EntityFrameworkCore;

namespace HireHub.Core.Features.Exports;

/// <summary>One export as the Exports page lists it: where it came from, and what became of it.</summary>
public sealed record ExportHistoryItem(
    Guid Id,
    string CandidateId,
    string Name,
    string? JobTitle,
    DateOnly? StartDate,
    string Source,
    CandidateStatus Status,
    int Revision,
    DateTimeOffset ReceivedAt,
    DateTimeOffset UpdatedAt,
    string? WorkerPersonnelNumber,
    string? ReasonCode,
    string? Comment,
    string? ActedBy,
    DateTimeOffset? ActedAt,
    HireRecordResource? Hire = null);

/// <summary>
/// What the Exports list is narrowed to besides its search; every part is optional. Times are instants, each range
/// from its start up to, not including, its end. The Home page's figures link to the list with these.
/// </summary>
/// <param name="RecruiterEmail">Exports carrying this recruiter (see <see cref="RecruiterExports.Of"/>).</param>
/// <param name="DecidedFrom">When HR hired, did not hire or dismissed the candidate (<c>ActedAt</c>).</param>
public sealed record ExportHistoryFilter(
    CandidateStatus? Status = null,
    string? RecruiterEmail = null,
    DateTimeOffset? ReceivedFrom = null,
    DateTimeOffset? ReceivedTo = null,
    DateTimeOffset? DecidedFrom = null,
    DateTimeOffset? DecidedTo = null)
{
    public static ExportHistoryFilter None { get; } = new();

    public bool IsNone => this == None;
}

/// <summary>
/// Which exports are a recruiter's: those whose recruiter email (sent by the ATS as <c>recruiter.email</c>, or filled in
/// by the Export to HRIS form with the signed-in recruiter's own) is the recruiter's sign-in email, as it is written or
/// in lower case. The comparison is an equality so an index finds the rows; SQLite compares text case-sensitively.
/// </summary>
public static class RecruiterExports
{
    public static Expression<Func<ExportedCandidate, bool>> Of(string email)
    {
        var asWritten = email.Trim();
        var lower = asWritten.ToLowerInvariant();
        return c => c.RecruiterEmail == asWritten || c.RecruiterEmail == lower;
    }
}

/// <summary>Every export of every connection, for recruiters and HR: newest change first, searched and paged in the database.</summary>
public sealed class ExportHistory(IDbContextFactory<HireHubDbContext> dbFactory)
{
    public Task<Page<ExportHistoryItem>> ListAsync(PageRequest request, CancellationToken ct = default) => ListAsync(request, ExportHistoryFilter.None, ct);

    public async Task<Page<ExportHistoryItem>> ListAsync(PageRequest request, ExportHistoryFilter filter, CancellationToken ct = default)
    {
        await using var db = await dbFactory.CreateDbContextAsync(ct);
        var page = await Filtered(db.ExportedCandidates.AsNoTracking(), filter)
            .WhereAnyContains(request.Search, c => c.FirstName + " " + c.LastName, c => c.CandidateId, c => c.Email, c => c.JobTitle, c => c.Connection!.Name)
            .ToPageAsync(
                request,
                q => q.OrderByDescending(c => c.UpdatedAt).ThenBy(c => c.CandidateId).ThenBy(c => c.Id),
                c => new
                {
                    c.Id, c.CandidateId, c.FirstName, c.MiddleName, c.LastName, c.JobTitle, c.StartDate,
                    Source = c.Connection!.Name, c.Status, c.Revision, c.ReceivedAt, c.UpdatedAt,
                    PersonnelNumber = c.Worker != null ? c.Worker.PersonnelNumber : null,
                    c.ReasonCode, c.Comment, c.ActedBy, c.ActedAt,
                    Hire = c.HiredEmployment != null
                        ? new HireRecordResource(
                            c.Worker!.PersonnelNumber,
                            c.HiredEmployment.LegalEntityId,
                            c.HiredPositionAssignment != null ? c.HiredPositionAssignment.Position!.PositionNumber : null,
                            c.HiredPositionAssignment != null ? c.HiredPositionAssignment.Position!.Title : null,
                            c.HiredEmployment.StartDate,
                            c.HiredRevision)
                        : null,
                },
                ct);
        return page.Map(c => new ExportHistoryItem(
            c.Id, c.CandidateId, FullName.Of(c.FirstName, c.MiddleName, c.LastName), c.JobTitle, c.StartDate, c.Source, c.Status, c.Revision,
            c.ReceivedAt, c.UpdatedAt, c.PersonnelNumber, c.ReasonCode, c.Comment, c.ActedBy, c.ActedAt, c.Hire));
    }

    private static IQueryable<ExportedCandidate> Filtered(IQueryable<ExportedCandidate> query, ExportHistoryFilter filter)
    {
        if (filter.Status is { } status)
        {
            query = query.Where(c => c.Status == status);
        }

        if (!string.IsNullOrWhiteSpace(filter.RecruiterEmail))
        {
            query = query.Where(RecruiterExports.Of(filter.RecruiterEmail));
        }

        if (filter.ReceivedFrom is { } receivedFrom)
        {
            query = query.Where(c => c.ReceivedAt >= receivedFrom);
        }

        if (filter.ReceivedTo is { } receivedTo)
        {
            query = query.Where(c => c.ReceivedAt < receivedTo);
        }

        if (filter.DecidedFrom is { } decidedFrom)
        {
            query = query.Where(c => c.ActedAt >= decidedFrom);
        }

        if (filter.DecidedTo is { } decidedTo)
        {
            query = query.Where(c => c.ActedAt < decidedTo);
        }

        return query;
    }
}
