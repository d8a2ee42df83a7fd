using HireHub.Core.Common;
using HireHub.Core.Data;
using HireHub.Core.Domain;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;

namespace HireHub.Core.Features.Onboarding;

/// <summary>
/// What happens to an employment's onboarding tasks inside another unit of work: created with the hire, moved with
/// the start date, cancelled with a dismissal. Each runs on the caller's context and transaction and saves nothing
/// itself, so the tasks land (or not) with the change that caused them.
/// </summary>
public static class OnboardingTasks
{
    /// <summary>
    /// Adds the tasks of the chosen checklist templates to <paramref name="employment"/>, due at its start date plus
    /// each task's offset. A task already past due is created all the same (the pages show it as overdue): onboarding
    /// work is not dropped because the hire came late. A retired or unknown template refuses the hire.
    /// </summary>
    /// <returns>The tasks added, or the problem that refuses the hire.</returns>
    public static async Task<Result<IReadOnlyList<OnboardingTask>>> CreateForEmploymentAsync(
        HireHubDbContext db, Employment employment, IReadOnlyCollection<Guid> templateIds, DateTimeOffset now, IStringLocalizer<CoreText> text, CancellationToken ct)
    {
        if (templateIds.Count == 0)
        {
            return Array.Empty<OnboardingTask>();
        }

        var ids = templateIds.Distinct().ToList();
        var templates = await db.OnboardingTemplates.AsNoTracking().Include(t => t.Tasks).Where(t => ids.Contains(t.Id)).ToListAsync(ct);
        if (ids.Any(id => templates.All(t => t.Id != id)))
        {
            return ChecklistProblem(text["ChecklistNotFound"]);
        }

        if (templates.FirstOrDefault(t => t.RetiredAt is not null) is { } retired)
        {
            return ChecklistProblem(text["ChecklistRetired", retired.Name]);
        }

        var tasks = new List<OnboardingTask>();
        var order = 0;
        // The dialog's order of checklists is alphabetical, and so is the tasks' order across them.
        foreach (var template in templates.OrderBy(t => t.Name, StringComparer.CurrentCultureIgnoreCase))
        {
            foreach (var source in template.Tasks.OrderBy(t => t.Order))
            {
                tasks.Add(FromTemplate(template, source, employment, order++, now));
            }
        }

        db.OnboardingTasks.AddRange(tasks);
        return tasks;
    }

    /// <summary>One open task of <paramref name="template"/> for <paramref name="employment"/>, due its offset from the start date.</summary>
    internal static OnboardingTask FromTemplate(OnboardingTemplate template, OnboardingTemplateTask source, Employment employment, int order, DateTimeOffset now) => new()
    {
        EmploymentId = employment.Id,
        TemplateId = template.Id,
        TemplateTaskId = source.Id,
        ChecklistName = template.Name,
        Order = order,
        Title = source.Title,
        Instruction = source.Instruction,
        Owner = source.Owner,
        OwnerPersonId = source.OwnerPersonId,
        DueOffsetDays = source.DueOffsetDays,
        DueDate = ChecklistRules.DueDate(employment.StartDate, source.DueOffsetDays),
        RequiredBeforeStart = source.RequiredBeforeStart,
        State = OnboardingTaskState.Open,
        CreatedAt = now,
    };

    /// <summary>
    /// For a changed employment start date: each open task falls due at the new start plus its own offset, as it
    /// would have at hire. Done, skipped and cancelled tasks keep the date they had. Call it inside the transaction
    /// that changes the start date (<see cref="DatabaseWrites"/>); it saves nothing itself.
    /// </summary>
    /// <returns>How many open tasks moved, for the caller's audit event.</returns>
    public static async Task<int> MoveDueDatesAsync(HireHubDbContext db, Guid employmentId, DateOnly newStart, CancellationToken ct)
    {
        var open = await db.OnboardingTasks.Where(t => t.EmploymentId == employmentId && t.State == OnboardingTaskState.Open).ToListAsync(ct);
        var moved = 0;
        foreach (var task in open)
        {
            var due = ChecklistRules.DueDate(newStart, task.DueOffsetDays);
            if (task.DueDate != due)
            {
                task.DueDate = due;
                moved++;
            }
        }

        return moved;
    }

    /// <summary>Cancels the employment's open tasks when its hire is dismissed; what was done or skipped stays as it was.</summary>
    /// <returns>How many were cancelled.</returns>
    public static async Task<int> CancelOpenAsync(HireHubDbContext db, Guid employmentId, Actor actor, DateTimeOffset now, string comment, CancellationToken ct)
    {
        var open = await db.OnboardingTasks.Where(t => t.EmploymentId == employmentId && t.State == OnboardingTaskState.Open).ToListAsync(ct);
        foreach (var task in open)
        {
            task.State = OnboardingTaskState.Cancelled;
            task.ActedBy = actor.DisplayName;
            task.ActedAt = now;
            task.Comment = comment.Length > OnboardingTask.CommentMaxLength ? comment[..OnboardingTask.CommentMaxLength] : comment;
        }

        return open.Count;
    }

    private static Problem ChecklistProblem(string message) =>
        Problem.Invalid(new Dictionary<string, string[]> { [ChecklistField] = [message] }, message);

    /// <summary>The hire request's field the checklist problems belong to.</summary>
    public const string ChecklistField = "ChecklistTemplateIds";
}
