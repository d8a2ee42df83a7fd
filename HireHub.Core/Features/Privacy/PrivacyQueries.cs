using HireHub.Core.Common;
using HireHub.Core.Data;
using HireHub.Core.Domain;
using Microsoft.EntityFrameworkCore;

namespace HireHub.Core.Features.Privacy;

/// <summary>A candidate as the privacy page lists it, to find the person a request is about.</summary>
public sealed record PrivacyCandidate(
    Guid Id,
    string CandidateId,
    string Name,
    string? Email,
    string Source,
    CandidateStatus Status,
    DateTimeOffset ReceivedAt,
    bool LegalHold,
    string? LegalHoldReason,
    DateTimeOffset? AnonymisedAt);

public sealed record PrivacyWorker(Guid Id, string PersonnelNumber, string Name, string? Email, DateTimeOffset CreatedAt);

/// <summary>The privacy page's two searches, paged and filtered in the database.</summary>
public sealed class PrivacyQueries(IDbContextFactory<HireHubDbContext> dbFactory)
{
    public async Task<Page<PrivacyCandidate>> FindCandidatesAsync(PageRequest request, CancellationToken ct = default)
    {
        await using var db = await dbFactory.CreateDbContextAsync(ct);
        var page = await db.ExportedCandidates.AsNoTracking()
            .WhereAnyContains(request.Search, c => c.FirstName + " " + c.LastName, c => c.Email, c => c.Phone, c => c.CandidateId)
            .ToPageAsync(
                request,
                q => q.OrderByDescending(c => c.ReceivedAt).ThenBy(c => c.Id),
                c => new
                {
                    c.Id, c.CandidateId, c.FirstName, c.MiddleName, c.LastName, c.Email, Source = c.Connection!.Name,
                    c.Status, c.ReceivedAt, c.LegalHold, c.LegalHoldReason, c.AnonymisedAt,
                },
                ct);
        return page.Map(c => new PrivacyCandidate(
            c.Id, c.CandidateId, FullName.Of(c.FirstName, c.MiddleName, c.LastName), c.Email, c.Source, c.Status, c.ReceivedAt, c.LegalHold, c.LegalHoldReason, c.AnonymisedAt));
    }

    public async Task<Page<PrivacyWorker>> FindWorkersAsync(PageRequest request, CancellationToken ct = default)
    {
        await using var db = await dbFactory.CreateDbContextAsync(ct);
        var page = await db.Workers.AsNoTracking()
            .WhereAnyContains(request.Search, w => w.FirstName + " " + w.LastName, w => w.Email, w => w.Phone, w => w.PersonnelNumber)
            .ToPageAsync(request, q => q.OrderBy(w => w.PersonnelNumber), w => new { w.Id, w.PersonnelNumber, w.FirstName, w.MiddleName, w.LastName, w.Email, w.CreatedAt }, ct);
        return page.Map(w => new PrivacyWorker(w.Id, w.PersonnelNumber, FullName.Of(w.FirstName, w.MiddleName, w.LastName), w.Email, w.CreatedAt));
    }
}
