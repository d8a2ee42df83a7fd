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
        var query = db.ExportedCandidates.AsNoTracking();
        if (!string.IsNullOrWhiteSpace(request.Search))
        {
            var pattern = LikePattern.Contains(request.Search.Trim());
            query = query.Where(c => EF.Functions.Like(c.FirstName + " " + c.LastName, pattern, LikePattern.Escape)
                || EF.Functions.Like(c.Email, pattern, LikePattern.Escape)
                || EF.Functions.Like(c.Phone, pattern, LikePattern.Escape)
                || EF.Functions.Like(c.CandidateId, pattern, LikePattern.Escape));
        }

        var total = await query.CountAsync(ct);
        var rows = await query.OrderByDescending(c => c.ReceivedAt).ThenBy(c => c.Id)
            .Skip(request.Skip).Take(request.Take)
            .Select(c => new
            {
                c.Id,
                c.CandidateId,
                c.FirstName,
                c.MiddleName,
                c.LastName,
                c.Email,
                Source = c.Connection!.Name,
                c.Status,
                c.ReceivedAt,
                c.LegalHold,
                c.LegalHoldReason,
                c.AnonymisedAt,
            })
            .ToListAsync(ct);
        return new Page<PrivacyCandidate>(
            rows.Select(c => new PrivacyCandidate(
                c.Id, c.CandidateId, FullName.Of(c.FirstName, c.MiddleName, c.LastName), c.Email, c.Source, c.Status, c.ReceivedAt, c.LegalHold, c.LegalHoldReason, c.AnonymisedAt)).ToList(),
            total);
    }

    public async Task<Page<PrivacyWorker>> FindWorkersAsync(PageRequest request, CancellationToken ct = default)
    {
        await using var db = await dbFactory.CreateDbContextAsync(ct);
        var query = db.Workers.AsNoTracking();
        if (!string.IsNullOrWhiteSpace(request.Search))
        {
            var pattern = LikePattern.Contains(request.Search.Trim());
            query = query.Where(w => EF.Functions.Like(w.FirstName + " " + w.LastName, pattern, LikePattern.Escape)
                || EF.Functions.Like(w.Email, pattern, LikePattern.Escape)
                || EF.Functions.Like(w.Phone, pattern, LikePattern.Escape)
                || EF.Functions.Like(w.PersonnelNumber, pattern, LikePattern.Escape));
        }

        var total = await query.CountAsync(ct);
        var rows = await query.OrderBy(w => w.PersonnelNumber)
            .Skip(request.Skip).Take(request.Take)
            .Select(w => new { w.Id, w.PersonnelNumber, w.FirstName, w.MiddleName, w.LastName, w.Email, w.CreatedAt })
            .ToListAsync(ct);
        return new Page<PrivacyWorker>(
            rows.Select(w => new PrivacyWorker(w.Id, w.PersonnelNumber, FullName.Of(w.FirstName, w.MiddleName, w.LastName), w.Email, w.CreatedAt)).ToList(),
            total);
    }
}
