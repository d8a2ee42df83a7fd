using FluentValidation;
using HireHub.Core.Common;
using HireHub.Core.Domain;
using Microsoft.Extensions.Localization;

namespace HireHub.Core.Features.Onboarding;

/// <summary>
/// A new checklist template (no <see cref="Id"/>) or changes to one, based on the <see cref="Version"/> the page read.
/// Settable so the editor binds to it; <see cref="SaveChecklistTemplateValidator"/> guards it there and in the service.
/// </summary>
public sealed record SaveChecklistTemplate
{
    public Guid? Id { get; set; }

    public Guid? Version { get; set; }

    public string Name { get; set; } = "";

    public string? Description { get; set; }

    public string? LegalEntityId { get; set; }

    public WorkerType? WorkerType { get; set; }

    public string? Department { get; set; }

    /// <summary>In checklist order.</summary>
    public List<ChecklistTaskDraft> Tasks { get; set; } = [];
}

/// <summary>One task as the editor holds it; <see cref="Id"/> is the template task it edits, null for a new one.</summary>
public sealed record ChecklistTaskDraft
{
    public Guid? Id { get; set; }

    public string Title { get; set; } = "";

    public string? Instruction { get; set; }

    public OnboardingOwner Owner { get; set; } = OnboardingOwner.Hr;

    public string? OwnerPersonId { get; set; }

    public int DueOffsetDays { get; set; }

    public bool RequiredBeforeStart { get; set; }
}

public sealed class SaveChecklistTemplateValidator : AbstractValidator<SaveChecklistTemplate>
{
    public SaveChecklistTemplateValidator(IStringLocalizer<CoreText> text)
    {
        RuleFor(t => t.Name).NotEmpty().WithText(text, "NameRequired")
            .MaximumLength(OnboardingTemplate.NameMaxLength).WithText(text, "TooLong", OnboardingTemplate.NameMaxLength);
        RuleFor(t => t.Description).MaximumLength(OnboardingTemplate.DescriptionMaxLength).WithText(text, "TooLong", OnboardingTemplate.DescriptionMaxLength);
        RuleFor(t => t.LegalEntityId).MaximumLength(LegalEntity.IdMaxLength).WithText(text, "TooLong", LegalEntity.IdMaxLength);
        RuleFor(t => t.WorkerType).IsInEnum().WithText(text, "WorkerTypeRequired");
        RuleFor(t => t.Department).MaximumLength(OnboardingTemplate.DepartmentMaxLength).WithText(text, "TooLong", OnboardingTemplate.DepartmentMaxLength);
        RuleFor(t => t.Tasks).NotEmpty().WithText(text, "ChecklistNeedsTasks")
            .Must(tasks => tasks.Count <= OnboardingTemplate.MaxTasks).WithText(text, "ChecklistTooManyTasks", OnboardingTemplate.MaxTasks);
        RuleForEach(t => t.Tasks).SetValidator(new ChecklistTaskDraftValidator(text));
    }
}

public sealed class ChecklistTaskDraftValidator : AbstractValidator<ChecklistTaskDraft>
{
    public ChecklistTaskDraftValidator(IStringLocalizer<CoreText> text)
    {
        RuleFor(t => t.Title).NotEmpty().WithText(text, "TaskTitleRequired")
            .MaximumLength(OnboardingTemplateTask.TitleMaxLength).WithText(text, "TooLong", OnboardingTemplateTask.TitleMaxLength);
        RuleFor(t => t.Instruction).MaximumLength(OnboardingTemplateTask.InstructionMaxLength).WithText(text, "TooLong", OnboardingTemplateTask.InstructionMaxLength);
        RuleFor(t => t.Owner).IsInEnum().WithText(text, "TaskOwnerRequired");
        RuleFor(t => t.OwnerPersonId).NotEmpty().WithText(text, "TaskOwnerPersonRequired")
            .When(t => t.Owner == OnboardingOwner.Person);
        RuleFor(t => t.DueOffsetDays).InclusiveBetween(-OnboardingTemplateTask.MaxOffsetDays, OnboardingTemplateTask.MaxOffsetDays)
            .WithText(text, "TaskOffsetRange", OnboardingTemplateTask.MaxOffsetDays);
    }
}

/// <summary>A row of the checklist templates page.</summary>
public sealed record ChecklistTemplateSummary(
    Guid Id,
    string Name,
    string? Description,
    ChecklistAppliesTo AppliesTo,
    int TaskCount,
    DateTimeOffset? RetiredAt,
    Guid Version);

/// <summary>A template as the editor opens it.</summary>
public sealed record ChecklistTemplateDetails(ChecklistTemplateSummary Summary, IReadOnlyList<ChecklistTaskDraft> Tasks)
{
    public SaveChecklistTemplate ToRequest() => new()
    {
        Id = Summary.Id,
        Version = Summary.Version,
        Name = Summary.Name,
        Description = Summary.Description,
        LegalEntityId = Summary.AppliesTo.LegalEntityId,
        WorkerType = Summary.AppliesTo.WorkerType,
        Department = Summary.AppliesTo.Department,
        Tasks = [.. Tasks.Select(t => t with { })],
    };
}

/// <summary>
/// A checklist the Hire new worker dialog offers, with its tasks' due offsets, so the dialog shows how many tasks it
/// adds, the first due date and what would be overdue for the start date chosen, without asking the database again.
/// </summary>
public sealed record ChecklistOffer(Guid Id, string Name, string? Description, ChecklistAppliesTo AppliesTo, IReadOnlyList<int> DueOffsets)
{
    public int TaskCount => DueOffsets.Count;

    public DateOnly? FirstDueDate(DateOnly start) => DueOffsets.Count == 0 ? null : ChecklistRules.DueDate(start, DueOffsets.Min());

    /// <summary>The tasks already past due on <paramref name="today"/> for a hire starting on <paramref name="start"/>.</summary>
    public int OverdueAt(DateOnly start, DateOnly today) => DueOffsets.Count(offset => ChecklistRules.DueDate(start, offset) < today);
}

/// <summary>A HireHub person who can own a task.</summary>
public sealed record TaskOwnerOption(string Id, string Name);

public static class OnboardingAuditActions
{
    public const string TemplateSaved = "OnboardingChecklistSaved";
    public const string TemplateRetired = "OnboardingChecklistRetired";
    public const string TemplateReinstated = "OnboardingChecklistReinstated";
    public const string TaskCompleted = "OnboardingTaskCompleted";
    public const string TaskSkipped = "OnboardingTaskSkipped";
    public const string TaskReopened = "OnboardingTaskReopened";
}
