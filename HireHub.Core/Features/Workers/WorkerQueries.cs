using HireHub.Core.Common;
using HireHub.Core.Data;
using HireHub.Core.Domain;
using Microsoft.EntityFrameworkCore;

namespace HireHub.Core.Features.Workers;

public sealed class WorkerQueries(IDbContextFactory<HireHubDbContext> dbFactory, TimeProvider time)
{
    public const int StartingSoonDays = 14;

    public async Task<Page<WorkerListItem>> ListAsync(PageRequest request, CancellationToken ct = default)
    {
        await using var db = await dbFactory.CreateDbContextAsync(ct);
        var descending = request.Direction == SortDirection.Descending;
        var page = await db.Workers.AsNoTracking()
            .WhereAnyContains(request.Search, w => w.FirstName + " " + w.LastName, w => w.PersonnelNumber, w => w.Email)
            .ToPageAsync(
                request,
                q => request.SortBy switch
                {
                    "name" => descending ? q.OrderByDescending(w => w.LastName).ThenByDescending(w => w.FirstName) : q.OrderBy(w => w.LastName).ThenBy(w => w.FirstName),
                    _ => descending ? q.OrderByDescending(w => w.PersonnelNumber) : q.OrderBy(w => w.PersonnelNumber),
                },
                w => new
                {
                    w.PersonnelNumber,
                    w.FirstName,
                    w.MiddleName,
                    w.LastName,
                    w.Email,
                    w.Phone,
                    w.WorkerType,
                    Employment = w.Employments.OrderByDescending(e => e.StartDate).Select(e => new { e.LegalEntityId, e.StartDate }).FirstOrDefault(),
                    Position = w.PositionAssignments.Where(a => a.EndDate == null).Select(a => a.Position!.Title).FirstOrDefault(),
                },
                ct);
        return page.Map(w => new WorkerListItem(
            w.PersonnelNumber, FullName.Of(w.FirstName, w.MiddleName, w.LastName), w.Email, w.Phone, w.WorkerType, w.Employment?.LegalEntityId, w.Employment?.StartDate, w.Position));
    }

    public async Task<WorkerDetails?> FindAsync(string personnelNumber, CancellationToken ct = default)
    {
        await using var db = await dbFactory.CreateDbContextAsync(ct);
        return await db.Workers.AsNoTracking()
            .Where(w => w.PersonnelNumber == personnelNumber)
            .Select(w => new WorkerDetails(
                w.PersonnelNumber,
                w.FirstName,
                w.MiddleName,
                w.LastName,
                w.Email,
                w.Phone,
                w.WorkerType,
                w.CreatedAt,
                w.Employments.OrderByDescending(e => e.StartDate)
                    .Select(e => new EmploymentDetails(e.LegalEntityId, e.LegalEntity!.Name, e.StartDate, e.EndDate, e.Id, e.Version)).ToList(),
                w.PositionAssignments.OrderByDescending(a => a.StartDate)
                    .Select(a => new PositionAssignmentDetails(a.Position!.PositionNumber, a.Position.Title, a.Position.Department, a.StartDate, a.EndDate)).ToList(),
                w.Version))
            .SingleOrDefaultAsync(ct);
    }

    /// <summary>Workers whose employment starts within the next <see cref="StartingSoonDays"/> days; a dismissed hire starts nothing.</summary>
    public async Task<IReadOnlyList<NewStarter>> StartingSoonAsync(int take = 20, CancellationToken ct = default)
    {
        await using var db = await dbFactory.CreateDbContextAsync(ct);
        return await ProjectStarters(StartingSoon(db, time.Today(), []), take, ct);
    }

    /// <summary>
    /// Employments starting from <paramref name="today"/> to <see cref="StartingSoonDays"/> days after it, first start
    /// first, in the legal entities <paramref name="worksFor"/> names (all when empty); the Home page counts the same.
    /// </summary>
    internal static IOrderedQueryable<Employment> StartingSoon(HireHubDbContext db, DateOnly today, IReadOnlyList<string> worksFor)
    {
        var until = today.AddDays(StartingSoonDays);
        var employments = db.Employments.AsNoTracking().Where(e => e.StartDate >= today && e.StartDate <= until && e.DismissedAt == null);
        employments = worksFor.Count > 0 ? employments.Where(e => worksFor.Contains(e.LegalEntityId)) : employments;
        return employments.OrderBy(e => e.StartDate).ThenBy(e => e.Worker!.PersonnelNumber);
    }

    /// <summary>The employments recorded most recently, newest first: hires and rehires alike, but no dismissed hire.</summary>
    public async Task<IReadOnlyList<NewStarter>> RecentHiresAsync(int take = 10, CancellationToken ct = default)
    {
        await using var db = await dbFactory.CreateDbContextAsync(ct);
        return await ProjectStarters(db.Employments.AsNoTracking().Where(e => e.DismissedAt == null).OrderByDescending(e => e.CreatedAt).ThenBy(e => e.Id), take, ct);
    }

    internal static async Task<IReadOnlyList<NewStarter>> ProjectStarters(IQueryable<Employment> employments, int take, CancellationToken ct)
    {
        var rows = await employments.Take(take)
            .Select(e => new
            {
                e.Id,
                e.Worker!.PersonnelNumber,
                e.Worker.FirstName,
                e.Worker.MiddleName,
                e.Worker.LastName,
                e.LegalEntityId,
                e.StartDate,
                Position = e.Worker.PositionAssignments.Where(a => a.EndDate == null).Select(a => a.Position!.Title).FirstOrDefault(),
                e.CreatedAt,
            })
            .ToListAsync(ct);
        return rows.Select(r => new NewStarter(r.PersonnelNumber, FullName.Of(r.FirstName, r.MiddleName, r.LastName), r.LegalEntityId, r.StartDate, r.Position, r.CreatedAt, r.Id)).ToList();
    }
}
