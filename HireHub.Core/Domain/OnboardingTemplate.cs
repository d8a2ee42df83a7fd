namespace HireHub.Core.Domain;

/// <summary>
/// A checklist HR runs for new workers (D365's onboarding checklist, Frappe HR's onboarding template): ordered tasks,
/// each due some days from the employment start date. The applies-to rules say for whom the Hire new worker dialog
/// pre-selects it; an empty rule matches everyone. A retired template is no longer offered, and the tasks already
/// created from it stay as they are.
/// </summary>
public sealed class OnboardingTemplate : IVersioned
{
    public const int NameMaxLength = 100;
    public const int DescriptionMaxLength = 1000;
    public const int DepartmentMaxLength = 100;
    public const int MaxTasks = 50;

    public Guid Id { get; init; } = Guid.NewGuid();

    public required string Name { get; set; }

    public string? Description { get; set; }

    /// <summary>Applies to workers of this legal entity only; null: every legal entity.</summary>
    public string? LegalEntityId { get; set; }

    /// <summary>Applies to employees or to contractors only; null: both.</summary>
    public WorkerType? WorkerType { get; set; }

    /// <summary>Applies when the worker's position is in this department; null: any department, or no position.</summary>
    public string? Department { get; set; }

    public DateTimeOffset CreatedAt { get; init; }

    public DateTimeOffset? RetiredAt { get; set; }

    public List<OnboardingTemplateTask> Tasks { get; } = [];

    public Guid Version { get; set; } = Guid.NewGuid();
}

/// <summary>One task of a checklist template, in its place in the list.</summary>
public sealed class OnboardingTemplateTask
{
    public const int TitleMaxLength = 200;
    public const int InstructionMaxLength = 1000;

    /// <summary>A year either side of the start date: further out is a typing error, not a plan.</summary>
    public const int MaxOffsetDays = 365;

    public Guid Id { get; init; } = Guid.NewGuid();

    public Guid TemplateId { get; init; }

    public OnboardingTemplate? Template { get; set; }

    /// <summary>Position in the checklist, from 0.</summary>
    public int Order { get; set; }

    public required string Title { get; set; }

    public string? Instruction { get; set; }

    public OnboardingOwner Owner { get; set; }

    /// <summary>The HireHub person who owns the task when <see cref="Owner"/> is <see cref="OnboardingOwner.Person"/>.</summary>
    public string? OwnerPersonId { get; set; }

    /// <summary>Days from the employment start date: −5 is five days before day one, 0 the first day.</summary>
    public int DueOffsetDays { get; set; }

    /// <summary>Must be done before the worker's first day (Frappe HR's "required for employee creation").</summary>
    public bool RequiredBeforeStart { get; set; }
}

/// <summary>Who does an onboarding task: a role, or a named HireHub person.</summary>
public enum OnboardingOwner
{
    Hr = 0,
    HiringManager = 1,
    It = 2,
    Facilities = 3,
    NewWorker = 4,
    Person = 5,
}
