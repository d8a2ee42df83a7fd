using FluentValidation;
using HireHub.Core.Common;
using HireHub.Core.Data;
using HireHub.Core.Domain;
using HireHub.Core.Features.Administration;
using HireHub.Core.Features.Audit;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;

namespace HireHub.Core.Features.Onboarding;

/// <summary>Complete, skip or reopen one task, based on the <see cref="Version"/> the page read; the comment is optional.</summary>
public sealed record ActOnOnboardingTask(Guid TaskId, Guid Version, string? Comment = null);

public sealed class ActOnOnboardingTaskValidator : AbstractValidator<ActOnOnboardingTask>
{
    public ActOnOnboardingTaskValidator(IStringLocalizer<CoreText> text)
    {
        RuleFor(r => r.TaskId).NotEmpty().WithText(text, "TaskNotFound");
        RuleFor(r => r.Comment).MaximumLength(OnboardingTask.CommentMaxLength).WithText(text, "TooLong", OnboardingTask.CommentMaxLength);
    }
}

/// <summary>
/// What HR does with an onboarding task: mark it done or skipped (who and when are kept), or reopen it. Each is one
/// audited transaction; a task someone else changed after the page read it is refused, as on the admin pages.
/// </summary>
public sealed class OnboardingTaskActions(
    IDbContextFactory<HireHubDbContext> dbFactory,
    IValidator<ActOnOnboardingTask> validator,
    IStringLocalizer<CoreText> text,
    TimeProvider time)
{
    public Task<Result<OnboardingTaskState>> CompleteAsync(ActOnOnboardingTask request, Actor actor, CancellationToken ct = default) =>
        ActAsync(request, OnboardingTaskState.Done, OnboardingAuditActions.TaskCompleted, actor, ct);

    public Task<Result<OnboardingTaskState>> SkipAsync(ActOnOnboardingTask request, Actor actor, CancellationToken ct = default) =>
        ActAsync(request, OnboardingTaskState.Skipped, OnboardingAuditActions.TaskSkipped, actor, ct);

    /// <summary>A done or skipped task back to open, e.g. when the laptop turned out not to have been ordered after all.</summary>
    public Task<Result<OnboardingTaskState>> ReopenAsync(ActOnOnboardingTask request, Actor actor, CancellationToken ct = default) =>
        ActAsync(request, OnboardingTaskState.Open, OnboardingAuditActions.TaskReopened, actor, ct);

    private async Task<Result<OnboardingTaskState>> ActAsync(ActOnOnboardingTask request, OnboardingTaskState to, string action, Actor actor, CancellationToken ct)
    {
        var validation = await validator.ValidateAsync(request, ct);
        if (!validation.IsValid)
        {
            return Problem.Invalid(validation.ToDictionary(), validation.Errors[0].ErrorMessage);
        }

        return await StaleEdits.WriteAsync<OnboardingTaskState>(dbFactory, text, async (db, attemptCt) =>
        {
            var task = await db.OnboardingTasks.Include(t => t.Employment).SingleOrDefaultAsync(t => t.Id == request.TaskId, attemptCt);
            var worksFor = await OnboardingTaskQueries.WorksForAsync(db, actor.Id, attemptCt);
            if (task is null || (worksFor.Count > 0 && !worksFor.Contains(task.Employment!.LegalEntityId)))
            {
                return Problem.NotFound(text["TaskNotFound"]);
            }

            if (StaleEdits.IsStale(task, request.Version))
            {
                return StaleEdits.Refusal(text);
            }

            if (Refusal(task.State, to) is { } refusal)
            {
                return Problem.Conflict(text[refusal]);
            }

            var before = new { State = task.State.ToString(), task.ActedBy, task.ActedAt, task.Comment };
            var comment = string.IsNullOrWhiteSpace(request.Comment) ? null : request.Comment.Trim();
            task.State = to;
            var closing = to != OnboardingTaskState.Open;
            task.ActedBy = closing ? actor.DisplayName : null;
            task.ActedAt = closing ? time.GetUtcNow() : null;
            // A reopened task keeps the earlier comment unless a new one says why it was reopened.
            task.Comment = to == OnboardingTaskState.Open ? comment ?? task.Comment : comment;
            AuditTrail.Record(db, time, actor, action, nameof(OnboardingTask), task.Id.ToString(), before,
                new { State = task.State.ToString(), task.Title, task.ChecklistName, EmploymentId = task.EmploymentId, task.Comment });
            return to;
        }, ct);
    }

    /// <summary>The resource key that says why the move is refused, or null when it is allowed.</summary>
    private static string? Refusal(OnboardingTaskState from, OnboardingTaskState to) => (from, to) switch
    {
        (OnboardingTaskState.Cancelled, _) => "TaskCancelled",
        (OnboardingTaskState.Open, OnboardingTaskState.Open) => "TaskAlreadyOpen",
        (OnboardingTaskState.Done or OnboardingTaskState.Skipped, OnboardingTaskState.Done or OnboardingTaskState.Skipped) => "TaskAlreadyClosed",
        _ => null,
    };
}
