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
    DateTimeOffset? ActedAt);

/// <summary>Every export of every connection, for recruiters and HR: newest change first, searched and paged in the database.</summary>
public sealed class ExportHistory(IDbContextFactory<HireHubDbContext> dbFactory)
{
    public async Task<Page<ExportHistoryItem>> ListAsync(PageRequest request, CancellationToken ct = default)
    {
        await using var db = await dbFactory.CreateDbContextAsync(ct);
        var page = await db.ExportedCandidates.AsNoTracking()
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
                },
                ct);
        return page.Map(c => new ExportHistoryItem(
            c.Id, c.CandidateId, FullName.Of(c.FirstName, c.MiddleName, c.LastName), c.JobTitle, c.StartDate, c.Source, c.Status, c.Revision,
            c.ReceivedAt, c.UpdatedAt, c.PersonnelNumber, c.ReasonCode, c.Comment, c.ActedBy, c.ActedAt));
    }
}
