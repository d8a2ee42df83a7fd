using System.Linq.Expressions;
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
    public Task<Page<CandidateToHire>> ListToHireAsync(PageRequest request, string? personId, CancellationToken ct = default) =>
        ListToHireAsync(request, personId, CandidateListFilter.None, ct);

    /// <summary>As <see cref="ListToHireAsync(PageRequest, string?, CancellationToken)"/>, narrowed to <paramref name="filter"/>.</summary>
    public async Task<Page<CandidateToHire>> ListToHireAsync(PageRequest request, string? personId, CandidateListFilter filter, CancellationToken ct = default)
    {
        await using var db = await dbFactory.CreateDbContextAsync(ct);
        var worksFor = await WorksForAsync(db, personId, ct);
        var narrowing = await NarrowingAsync(db, worksFor, filter, time.Today(), ct);

        // The pager's total and the page's rows are independent reads: the total runs on a connection of its own beside
        // the rows (WAL lets readers run together), so a page costs the longer of the two rather than their sum. Each
        // is an index walk over the waiting candidates, the total nearly half of a page's time (P3, docs/PERFORMANCE.md).
        // Task.Run because Microsoft.Data.Sqlite's async methods complete synchronously: awaited in line, the count
        // would run to its end before the page started.
        var total = Task.Run(() => CountAsync(request, worksFor, narrowing, ct), ct);
        var rows = PageAsync(db, request, worksFor, narrowing, ct);
        await Task.WhenAll(total, rows);
        return new Page<CandidateToHire>(await rows, await total);
    }

    /// <summary>The legal entities <paramref name="personId"/> works for; empty for all of them (or an unknown person).</summary>
    internal static async Task<IReadOnlyList<string>> WorksForAsync(HireHubDbContext db, string? personId, CancellationToken ct) =>
        personId is null ? [] : (await db.People.AsNoTracking().SingleOrDefaultAsync(p => p.Id == personId, ct))?.WorksFor ?? [];

    /// <summary>The waiting candidates <paramref name="worksFor"/>'s legal entities (all when empty) let a person see; erased ones are gone.</summary>
    internal static IQueryable<ExportedCandidate> Waiting(HireHubDbContext db, IReadOnlyList<string> worksFor, Expression<Func<ExportedCandidate, bool>>? narrowing = null)
    {
        var query = SeenBy(db.ExportedCandidates.AsNoTracking().Where(c => c.Status == CandidateStatus.NotProcessed && c.AnonymisedAt == null), worksFor);
        return narrowing is null ? query : query.Where(narrowing);
    }

    /// <summary>The candidates of the legal entities in <paramref name="worksFor"/> and those not routed to one; all when it is empty.</summary>
    internal static IQueryable<ExportedCandidate> SeenBy(IQueryable<ExportedCandidate> candidates, IReadOnlyList<string> worksFor) =>
        worksFor.Count > 0 ? candidates.Where(c => c.LegalEntityId == null || worksFor.Contains(c.LegalEntityId)) : candidates;

    /// <summary>
    /// <paramref name="filter"/> as one condition on the waiting candidates (null for none), the same for the panel's
    /// rows, its total and the Home page's counts. Working out which phone numbers are unreadable reads the waiting
    /// candidates once, so it is done once per call, not per query.
    /// </summary>
    internal static async Task<Expression<Func<ExportedCandidate, bool>>?> NarrowingAsync(
        HireHubDbContext db, IReadOnlyList<string> worksFor, CandidateListFilter filter, DateOnly today, CancellationToken ct)
    {
        Expression<Func<ExportedCandidate, bool>>? narrowing = null;
        if (filter.StartingWithinDays is { } days)
        {
            var until = today.AddDays(Math.Clamp(days, 0, CandidateListFilter.MaxDays));
            narrowing = c => c.StartDate >= today && c.StartDate <= until;
        }

        if (filter.LacksHireData)
        {
            var unreadable = await CandidateReadiness.UnreadablePhonesAsync(Waiting(db, worksFor, narrowing), today, ct);
            var lacks = CandidateReadiness.LacksHireData(today, unreadable);
            narrowing = narrowing is null ? lacks : Conditions.And(narrowing, lacks);
        }

        return narrowing;
    }

    /// <summary>The ids of the waiting candidates a search finds, each condition in its own index, united (each id once).</summary>
    private static IQueryable<Guid> Matches(HireHubDbContext db, IReadOnlyList<string> worksFor, Expression<Func<ExportedCandidate, bool>>? narrowing, string search) =>
        CandidateSearch.Conditions(search)
            .Select(condition => Waiting(db, worksFor, narrowing).Where(condition).Select(c => c.Id))
            .Aggregate((all, more) => all.Union(more));

    private async Task<int> CountAsync(PageRequest request, IReadOnlyList<string> worksFor, Expression<Func<ExportedCandidate, bool>>? narrowing, CancellationToken ct)
    {
        await using var db = await dbFactory.CreateDbContextAsync(ct);
        // A search counts its united ids, each once already, without looking each up again.
        return string.IsNullOrWhiteSpace(request.Search)
            ? await Waiting(db, worksFor, narrowing).CountAsync(ct)
            : await Matches(db, worksFor, narrowing, request.Search).CountAsync(ct);
    }

    private async Task<IReadOnlyList<CandidateToHire>> PageAsync(
        HireHubDbContext db, PageRequest request, IReadOnlyList<string> worksFor, Expression<Func<ExportedCandidate, bool>>? narrowing, CancellationToken ct)
    {
        var searching = !string.IsNullOrWhiteSpace(request.Search);
        var query = Waiting(db, worksFor, narrowing);
        if (searching)
        {
            // The page by id among the united matches, without the waiting conditions again (they are in each match).
            var matches = Matches(db, worksFor, narrowing, request.Search!);
            query = db.ExportedCandidates.AsNoTracking().Where(c => matches.Contains(c.Id));
        }

        var descending = request.Direction == SortDirection.Descending;
        var skip = request.Skip;
        if (skip > 0 && !searching && ReceivedOrder(request) is { } newestFirst)
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
        return rows.Select(c => new CandidateToHire(
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
                c.RetentionFlaggedAt is not null && !c.LegalHold ? RetentionSweep.AnonymisesOn(c.ReceivedAt, retention.Value) : null))
            .ToList();
    }

    /// <summary>Whether the page is in order of receipt (the panel's default): newest first, oldest first, or null for another order.</summary>
    private static bool? ReceivedOrder(PageRequest request) => request.SortBy switch
    {
        CandidateSort.Name or CandidateSort.JobTitle or CandidateSort.Location or CandidateSort.StartDate => null,
        CandidateSort.ReceivedAt when request.Direction == SortDirection.Ascending => false,
        _ => true,
    };

    /// <summary>
    /// Deep in the list, OFFSET reads every skipped candidate from the table. Instead the (Status, AnonymisedAt, ReceivedAt) index
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
