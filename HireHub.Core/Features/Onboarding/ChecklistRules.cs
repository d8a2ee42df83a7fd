using HireHub.Core.Domain;

namespace HireHub.Core.Features.Onboarding;

/// <summary>Which checklists apply to a hire, and when their tasks fall due: the rules the dialog and the hire share.</summary>
public static class ChecklistRules
{
    /// <summary>
    /// True when every rule the template sets holds for the hire; a rule left empty holds for everyone. A department
    /// rule needs a position in that department (compared without case, as HR types department names).
    /// </summary>
    public static bool AppliesTo(ChecklistAppliesTo rules, string? legalEntityId, WorkerType? workerType, string? department) =>
        (rules.LegalEntityId is null || string.Equals(rules.LegalEntityId, legalEntityId, StringComparison.OrdinalIgnoreCase))
        && (rules.WorkerType is null || rules.WorkerType == workerType)
        && (rules.Department is null || string.Equals(rules.Department.Trim(), department?.Trim(), StringComparison.OrdinalIgnoreCase));

    /// <summary>The employment start date moved by the offset: calendar days, so −5 from 3 March is 26 February.</summary>
    public static DateOnly DueDate(DateOnly employmentStart, int dueOffsetDays) => employmentStart.AddDays(dueOffsetDays);

    /// <summary>An open task is overdue once its due date has passed; one due today is not yet.</summary>
    public static bool IsOverdue(OnboardingTaskState state, DateOnly dueDate, DateOnly today) => state == OnboardingTaskState.Open && dueDate < today;

    /// <summary>
    /// A task to be done before the first day that is still open within <see cref="RequiredBeforeStartWarningDays"/>
    /// days of it: the Starting soon card warns HR.
    /// </summary>
    public const int RequiredBeforeStartWarningDays = 3;
}

/// <summary>A template's applies-to rules; null is "everyone".</summary>
public sealed record ChecklistAppliesTo(string? LegalEntityId, WorkerType? WorkerType, string? Department)
{
    public static ChecklistAppliesTo Everyone { get; } = new(null, null, null);

    public bool IsEveryone => LegalEntityId is null && WorkerType is null && Department is null;
}
