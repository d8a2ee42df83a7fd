using HireHub.Core.Common;
using HireHub.Core.Data;
using HireHub.Core.Domain;
using HireHub.Core.Features.Privacy;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace HireHub.Core.Features.Candidates;

public sealed class CandidateQueries(IDbContextFactory<HireHubDbContext> dbFactory, TimeProvider time, IOptions<RetentionOptions> retention)
{
    /// <summary>The Candidates to hire panel: NotProcessed candidates, one page at a time, sorted and searched in the database.</summary>
    public Task<Page<CandidateToHire>> ListToHireAsync(PageRequest request, CancellationToken ct = default) => ListToHireAsync(request, null, ct);

    /// <summary>
    /// As seen by <paramref name="personId"/>: an HR person who works for some legal entities sees the candidates of
    /// those (and any not yet routed to one); a person who works for all of them, or is not in the people table, sees all.
    /// </summary>
    public async Task<Page<CandidateToHire>> ListToHireAsync(PageRequest request, string? personId, CancellationToken ct = default)
    {
        await using var db = await dbFactory.CreateDbContextAsync(ct);
        var query = db.ExportedCandidates.AsNoTracking().Where(c => c.Status == CandidateStatus.NotProcessed && c.AnonymisedAt == null);
        var worksFor = personId is null ? [] : (await db.People.AsNoTracking().SingleOrDefaultAsync(p => p.Id == personId, ct))?.WorksFor ?? [];
        if (worksFor.Count > 0)
        {
            query = query.Where(c => c.LegalEntityId == null || worksFor.Contains(c.LegalEntityId));
        }

        int? searchTotal = null;
        if (!string.IsNullOrWhiteSpace(request.Search))
        {
            // The ids of the waiting candidates each condition finds in its own index, united; then the page by id.
            var matches = CandidateSearch.Conditions(request.Search)
                .Select(condition => query.Where(condition).Select(c => c.Id))
                .Aggregate((all, more) => all.Union(more));
            query = db.ExportedCandidates.AsNoTracking().Where(c => matches.Contains(c.Id));
            searchTotal = await matches.CountAsync(ct);
        }

        // A search counts its united ids, each once already, without looking each up again.
        var total = searchTotal ?? await query.CountAsync(ct);
        var descending = request.Direction == SortDirection.Descending;
        var skip = request.Skip;
        if (skip > 0 && string.IsNullOrWhiteSpace(request.Search) && ReceivedOrder(request) is { } newestFirst)
        {
            (query, skip) = await SeekToPageAsync(query, skip, newestFirst, ct);
        }

        IOrderedQueryable<ExportedCandidate> ordered = request.SortBy switch
        {
            CandidateSort.Name => descending ? query.OrderByDescending(c => c.LastName).ThenByDescending(c => c.FirstName) : query.OrderBy(c => c.LastName).ThenBy(c => c.FirstName),
            CandidateSort.JobTitle => descending ? query.OrderByDescending(c => c.JobTitle) : query.OrderBy(c => c.JobTitle),
            CandidateSort.Location => descending ? query.OrderByDescending(c => c.Location) : query.OrderBy(c => c.Location),
            CandidateSort.StartDate => descending ? query.OrderByDescending(c => c.StartDate) : query.OrderBy(c => c.StartDate),
            CandidateSort.ReceivedAt when !descending => query.OrderBy(c => c.ReceivedAt),
            _ => query.OrderByDescending(c => c.ReceivedAt),
        };

        var rows = await ordered.ThenBy(c => c.Id)
            .Skip(skip).Take(request.Take)
            .Select(c => new
            {
                c.Id,
                c.FirstName,
                c.MiddleName,
                c.LastName,
                c.JobTitle,
                c.Location,
                c.StartDate,
                c.Email,
                c.Phone,
                Source = c.Connection!.Name,
                c.Connection.DefaultPhoneRegion,
                c.ReceivedAt,
                c.Revision,
                c.RetentionFlaggedAt,
                c.LegalHold,
            })
            .ToListAsync(ct);

        var today = time.Today();
        return new Page<CandidateToHire>(
            rows.Select(c => new CandidateToHire(
                c.Id,
                FullName.Of(c.FirstName, c.MiddleName, c.LastName),
                c.JobTitle,
                c.Location,
                c.StartDate,
                c.Email,
                c.Phone,
                c.Source,
                c.ReceivedAt,
                c.Revision,
                CandidateReadiness.Check(c.Email, c.Phone, c.DefaultPhoneRegion, c.StartDate, today),
                c.RetentionFlaggedAt is not null && !c.LegalHold ? RetentionSweep.AnonymisesOn(c.ReceivedAt, retention.Value) : null)).ToList(),
            total);
    }

    /// <summary>Whether the page is in order of receipt (the panel's default): newest first, oldest first, or null for another order.</summary>
    private static bool? ReceivedOrder(PageRequest request) => request.SortBy switch
    {
        CandidateSort.Name or CandidateSort.JobTitle or CandidateSort.Location or CandidateSort.StartDate => null,
        CandidateSort.ReceivedAt when request.Direction == SortDirection.Ascending => false,
        _ => true,
    };

    /// <summary>
    /// Deep in the list, OFFSET reads every skipped candidate from the table. Instead the (Status, ReceivedAt) index
    /// alone gives the received time of the page's first row and of the row before it; when those differ, the page
    /// is every candidate from that time on, so the query seeks there and reads only the page. When they are equal
    /// (two exports in the same tenth of a millisecond, across the page boundary) it keeps OFFSET: same rows either way.
    /// </summary>
    private static async Task<(IQueryable<ExportedCandidate> Query, int Skip)> SeekToPageAsync(
        IQueryable<ExportedCandidate> query, int skip, bool newestFirst, CancellationToken ct)
    {
        var received = newestFirst ? query.OrderByDescending(c => c.ReceivedAt) : query.OrderBy(c => c.ReceivedAt);
        var edge = await received.Select(c => c.ReceivedAt).Skip(skip - 1).Take(2).ToListAsync(ct);
        if (edge is not [var before, var first] || before == first)
        {
            return (query, skip);
        }

        return newestFirst ? (query.Where(c => c.ReceivedAt <= first), 0) : (query.Where(c => c.ReceivedAt >= first), 0);
    }
}
