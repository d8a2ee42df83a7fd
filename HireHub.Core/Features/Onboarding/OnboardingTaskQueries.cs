using HireHub.Core.Common;
using HireHub.Core.Data;
using HireHub.Core.Domain;
using HireHub.Core.Features.Workers;
using Microsoft.EntityFrameworkCore;

namespace HireHub.Core.Features.Onboarding;

/// <summary>The onboarding page's list, the worker page's checklist, and the Starting soon card's progress.</summary>
public sealed class OnboardingTaskQueries(IDbContextFactory<HireHubDbContext> dbFactory, TimeProvider time)
{
    /// <summary>
    /// One page of tasks <paramref name="personId"/> may see (an HR person who works for some legal entities sees their
    /// new workers only), ordered by new worker and then due date, so the page shows them grouped by worker.
    /// </summary>
    public async Task<OnboardingTaskPage> ListAsync(PageRequest request, OnboardingTaskFilter filter, string? personId, CancellationToken ct = default)
    {
        var today = time.Today();
        await using var db = await dbFactory.CreateDbContextAsync(ct);
        var worksFor = await WorksForAsync(db, personId, ct);
        var query = Visible(db, worksFor);
        query = filter.View switch
        {
            OnboardingTaskView.Open => query.Where(t => t.State == OnboardingTaskState.Open),
            OnboardingTaskView.Done => query.Where(t => t.State == OnboardingTaskState.Done),
            OnboardingTaskView.Skipped => query.Where(t => t.State == OnboardingTaskState.Skipped),
            OnboardingTaskView.Cancelled => query.Where(t => t.State == OnboardingTaskState.Cancelled),
            _ => query,
        };
        if (filter.Mine)
        {
            query = query.Where(t => t.Owner == OnboardingOwner.Person && t.OwnerPersonId == personId);
        }

        if (filter.MyRole)
        {
            // The page is HR's: the role HR people hold among the task owners is HR.
            query = query.Where(t => t.Owner == OnboardingOwner.Hr);
        }

        if (filter.Overdue)
        {
            query = query.Where(t => t.State == OnboardingTaskState.Open && t.DueDate < today);
        }

        if (filter.StartingSoon)
        {
            var until = today.AddDays(WorkerQueries.StartingSoonDays);
            query = query.Where(t => t.Employment!.StartDate >= today && t.Employment.StartDate <= until);
        }

        var found = await query
            .WhereAnyContains(
                request.Search,
                t => t.Title,
                t => t.ChecklistName,
                t => t.Employment!.Worker!.FirstName + " " + t.Employment.Worker.LastName,
                t => t.Employment!.Worker!.PersonnelNumber)
            .ToPageAsync(
                request,
                q => q.OrderBy(t => t.Employment!.StartDate).ThenBy(t => t.Employment!.Worker!.LastName).ThenBy(t => t.Employment!.Worker!.FirstName)
                    .ThenBy(t => t.EmploymentId).ThenBy(t => t.DueDate).ThenBy(t => t.Order),
                t => new
                {
                    Task = t,
                    t.Employment!.LegalEntityId,
                    t.Employment.StartDate,
                    t.Employment.Worker!.PersonnelNumber,
                    t.Employment.Worker.FirstName,
                    t.Employment.Worker.MiddleName,
                    t.Employment.Worker.LastName,
                    OwnerName = db.People.Where(p => p.Id == t.OwnerPersonId).Select(p => p.Name).FirstOrDefault(),
                },
                ct);
        var rows = found.Items;
        var total = found.TotalCount;

        var employmentIds = rows.Select(r => r.Task.EmploymentId).Distinct().ToList();
        var progress = await ProgressAsync(db, employmentIds, today, ct);
        var groups = rows.GroupBy(r => r.Task.EmploymentId)
            .Select(g =>
            {
                var first = g.First();
                return new OnboardingGroup(
                    g.Key, first.PersonnelNumber, FullName.Of(first.FirstName, first.MiddleName, first.LastName), first.LegalEntityId, first.StartDate,
                    progress.GetValueOrDefault(g.Key, OnboardingProgress.None),
                    [.. g.Select(r => Row(r.Task, r.OwnerName, today))]);
            })
            .ToList();
        return new OnboardingTaskPage(groups, total);
    }

    /// <summary>The worker's onboarding, newest employment first.</summary>
    public async Task<IReadOnlyList<EmploymentOnboarding>> ForWorkerAsync(string personnelNumber, CancellationToken ct = default)
    {
        var today = time.Today();
        await using var db = await dbFactory.CreateDbContextAsync(ct);
        var rows = await db.OnboardingTasks.AsNoTracking()
            .Where(t => t.Employment!.Worker!.PersonnelNumber == personnelNumber)
            .OrderBy(t => t.DueDate).ThenBy(t => t.Order)
            .Select(t => new
            {
                Task = t,
                t.Employment!.LegalEntityId,
                t.Employment.StartDate,
                t.Employment.DismissedAt,
                OwnerName = db.People.Where(p => p.Id == t.OwnerPersonId).Select(p => p.Name).FirstOrDefault(),
            })
            .ToListAsync(ct);
        return [.. rows.GroupBy(r => r.Task.EmploymentId)
            .Select(g =>
            {
                var tasks = g.Select(r => Row(r.Task, r.OwnerName, today)).ToList();
                var first = g.First();
                return new EmploymentOnboarding(g.Key, first.LegalEntityId, first.StartDate, first.DismissedAt, Summarise(g.Select(r => r.Task), today), tasks);
            })
            .OrderByDescending(e => e.StartDate)];
    }

    /// <summary>Progress of each employment, for the Starting soon card: done out of total, overdue, and the required-before-start warning.</summary>
    public async Task<IReadOnlyDictionary<Guid, StarterOnboarding>> ForStartersAsync(IReadOnlyCollection<Guid> employmentIds, CancellationToken ct = default)
    {
        var today = time.Today();
        await using var db = await dbFactory.CreateDbContextAsync(ct);
        var starts = await db.Employments.AsNoTracking().Where(e => employmentIds.Contains(e.Id)).Select(e => new { e.Id, e.StartDate }).ToDictionaryAsync(e => e.Id, e => e.StartDate, ct);
        var progress = await ProgressAsync(db, employmentIds, today, ct);
        return progress.ToDictionary(
            p => p.Key,
            p => new StarterOnboarding(p.Value, p.Value.RequiredBeforeStartOpen > 0 && starts.TryGetValue(p.Key, out var start)
                && start.DayNumber - today.DayNumber <= ChecklistRules.RequiredBeforeStartWarningDays));
    }

    /// <summary>Open and overdue onboarding work across everything the person sees, for a dashboard card.</summary>
    public async Task<(int Open, int Overdue)> WorkloadAsync(string? personId, CancellationToken ct = default)
    {
        var today = time.Today();
        await using var db = await dbFactory.CreateDbContextAsync(ct);
        var open = Visible(db, await WorksForAsync(db, personId, ct)).Where(t => t.State == OnboardingTaskState.Open);
        return (await open.CountAsync(ct), await open.CountAsync(t => t.DueDate < today, ct));
    }

    internal static async Task<IReadOnlyList<string>> WorksForAsync(HireHubDbContext db, string? personId, CancellationToken ct) =>
        personId is null ? [] : (await db.People.AsNoTracking().SingleOrDefaultAsync(p => p.Id == personId, ct))?.WorksFor ?? [];

    private static IQueryable<OnboardingTask> Visible(HireHubDbContext db, IReadOnlyList<string> worksFor)
    {
        var query = db.OnboardingTasks.AsNoTracking();
        return worksFor.Count > 0 ? query.Where(t => worksFor.Contains(t.Employment!.LegalEntityId)) : query;
    }

    private static async Task<Dictionary<Guid, OnboardingProgress>> ProgressAsync(HireHubDbContext db, IReadOnlyCollection<Guid> employmentIds, DateOnly today, CancellationToken ct)
    {
        if (employmentIds.Count == 0)
        {
            return [];
        }

        var tasks = await db.OnboardingTasks.AsNoTracking()
            .Where(t => employmentIds.Contains(t.EmploymentId) && t.State != OnboardingTaskState.Cancelled)
            .Select(t => new { t.EmploymentId, t.State, t.DueDate, t.RequiredBeforeStart })
            .ToListAsync(ct);
        return tasks.GroupBy(t => t.EmploymentId).ToDictionary(
            g => g.Key,
            g => new OnboardingProgress(
                g.Count(),
                g.Count(t => t.State is OnboardingTaskState.Done or OnboardingTaskState.Skipped),
                g.Count(t => ChecklistRules.IsOverdue(t.State, t.DueDate, today)),
                g.Count(t => t.RequiredBeforeStart && t.State == OnboardingTaskState.Open)));
    }

    private static OnboardingProgress Summarise(IEnumerable<OnboardingTask> tasks, DateOnly today)
    {
        var counted = tasks.Where(t => t.State != OnboardingTaskState.Cancelled).ToList();
        return new OnboardingProgress(
            counted.Count,
            counted.Count(t => t.State is OnboardingTaskState.Done or OnboardingTaskState.Skipped),
            counted.Count(t => ChecklistRules.IsOverdue(t.State, t.DueDate, today)),
            counted.Count(t => t.RequiredBeforeStart && t.State == OnboardingTaskState.Open));
    }

    private static OnboardingTaskRow Row(OnboardingTask t, string? ownerName, DateOnly today) => new(
        t.Id, t.Version, t.EmploymentId, t.ChecklistName, t.Title, t.Instruction, t.Owner, ownerName ?? t.OwnerPersonId, t.DueDate, t.RequiredBeforeStart,
        t.State, ChecklistRules.IsOverdue(t.State, t.DueDate, today), t.ActedBy, t.ActedAt, t.Comment);
}
