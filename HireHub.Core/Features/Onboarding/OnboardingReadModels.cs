using HireHub.Core.Domain;

namespace HireHub.Core.Features.Onboarding;

/// <summary>Which tasks the onboarding page lists by state; <see cref="Open"/> is where HR works.</summary>
public enum OnboardingTaskView
{
    Open,
    Done,
    Skipped,
    Cancelled,
    All,
}

/// <summary>The onboarding page's filters beside its search and paging; each one narrows the list further.</summary>
public sealed record OnboardingTaskFilter(
    OnboardingTaskView View = OnboardingTaskView.Open,
    bool Mine = false,
    bool MyRole = false,
    bool Overdue = false,
    bool StartingSoon = false);

/// <summary>One task as the onboarding page and the worker's page show it.</summary>
public sealed record OnboardingTaskRow(
    Guid Id,
    Guid Version,
    Guid EmploymentId,
    string ChecklistName,
    string Title,
    string? Instruction,
    OnboardingOwner Owner,
    string? OwnerPersonName,
    DateOnly DueDate,
    bool RequiredBeforeStart,
    OnboardingTaskState State,
    bool Overdue,
    string? ActedBy,
    DateTimeOffset? ActedAt,
    string? Comment);

/// <summary>How far one employment's onboarding is: cancelled tasks count for nothing.</summary>
public sealed record OnboardingProgress(int Total, int Closed, int Overdue, int RequiredBeforeStartOpen)
{
    public static OnboardingProgress None { get; } = new(0, 0, 0, 0);

    public int Percent => Total == 0 ? 100 : (int)Math.Round(100.0 * Closed / Total);
}

/// <summary>A new worker's group on the onboarding page: the employment the tasks belong to, and its progress.</summary>
public sealed record OnboardingGroup(
    Guid EmploymentId,
    string PersonnelNumber,
    string WorkerName,
    string LegalEntityId,
    DateOnly StartDate,
    OnboardingProgress Progress,
    IReadOnlyList<OnboardingTaskRow> Tasks);

/// <summary>A page of the onboarding list: tasks in groups by new worker, and the number of tasks on every page.</summary>
public sealed record OnboardingTaskPage(IReadOnlyList<OnboardingGroup> Groups, int TotalTasks);

/// <summary>One employment's onboarding on the worker's page; a rehire's earlier checklists stay with the earlier employment.</summary>
public sealed record EmploymentOnboarding(Guid EmploymentId, string LegalEntityId, DateOnly StartDate, DateTimeOffset? DismissedAt, OnboardingProgress Progress, IReadOnlyList<OnboardingTaskRow> Tasks);

/// <summary>Progress for the Starting soon card, with the warning it shows.</summary>
public sealed record StarterOnboarding(OnboardingProgress Progress, bool RequiredBeforeStartAtRisk);
