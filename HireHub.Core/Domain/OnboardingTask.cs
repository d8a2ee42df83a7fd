namespace HireHub.Core.Domain;

public enum OnboardingTaskState
{
    Open = 0,
    Done = 1,
    Skipped = 2,

    /// <summary>The hire was dismissed (no-show, offer declined): the task will never be needed.</summary>
    Cancelled = 3,
}

/// <summary>
/// One onboarding task of one employment, copied from a checklist template's task at hire, so a later edit of the
/// template changes the checklists of future hires only. Overdue is not stored: an open task past its due date is overdue.
/// </summary>
public sealed class OnboardingTask : IVersioned
{
    public const int CommentMaxLength = 1000;

    public Guid Id { get; init; } = Guid.NewGuid();

    public Guid EmploymentId { get; init; }

    public Employment? Employment { get; set; }

    /// <summary>The template task it came from; null once that task was removed from its template.</summary>
    public Guid? TemplateTaskId { get; set; }

    public Guid? TemplateId { get; init; }

    /// <summary>The template's name at hire, as the checklist the task belongs to.</summary>
    public required string ChecklistName { get; init; }

    public int Order { get; init; }

    public required string Title { get; init; }

    public string? Instruction { get; init; }

    public OnboardingOwner Owner { get; init; }

    public string? OwnerPersonId { get; init; }

    /// <summary>Kept so that a new start date moves the due date by the same rule that set it.</summary>
    public int DueOffsetDays { get; init; }

    public DateOnly DueDate { get; set; }

    public bool RequiredBeforeStart { get; init; }

    public OnboardingTaskState State { get; set; }

    /// <summary>Who completed, skipped or cancelled the task (a display name, as the audit log keeps it).</summary>
    public string? ActedBy { get; set; }

    public DateTimeOffset? ActedAt { get; set; }

    public string? Comment { get; set; }

    public DateTimeOffset CreatedAt { get; init; }

    public Guid Version { get; set; } = Guid.NewGuid();
}
