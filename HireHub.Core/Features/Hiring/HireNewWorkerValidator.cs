using FluentValidation;
using HireHub.Core.Common;
using HireHub.Core.Domain;
using Microsoft.Extensions.Localization;
using Microsoft.Extensions.Options;

namespace HireHub.Core.Features.Hiring;

public sealed class HireNewWorkerValidator : AbstractValidator<HireNewWorker>
{
    public const int PersonnelNumberMaxLength = 20;

    /// <summary>More checklists than HR could mean for one person is a faulty request.</summary>
    public const int MaxChecklists = 20;

    public HireNewWorkerValidator(IStringLocalizer<CoreText> text, TimeProvider time, IOptions<HiringOptions> options)
    {
        RuleFor(r => r.CandidateId).NotEmpty().WithText(text, "CandidateRequired");
        RuleFor(r => r.Revision).GreaterThan(0).WithText(text, "RevisionRequired");

        RuleFor(r => r.FirstName).NotEmpty().WithText(text, "FirstNameRequired")
            .MaximumLength(PersonName.MaxLength).WithText(text, "TooLong", PersonName.MaxLength);
        RuleFor(r => r.MiddleName).MaximumLength(PersonName.MaxLength).WithText(text, "TooLong", PersonName.MaxLength);
        RuleFor(r => r.LastName).NotEmpty().WithText(text, "LastNameRequired")
            .MaximumLength(PersonName.MaxLength).WithText(text, "TooLong", PersonName.MaxLength);

        RuleFor(r => r.Email).NotEmpty().WithText(text, "EmailRequired");
        RuleFor(r => r.Email).Rule(text);
        RuleFor(r => r.Phone).NotEmpty().WithText(text, "PhoneRequired")
            .Must(phone => PhoneNumberFormat.TryNormalize(phone, null, out _)).WithText(text, "PhoneInvalid")
            .When(r => !string.IsNullOrEmpty(r.Phone), ApplyConditionTo.CurrentValidator);

        RuleFor(r => r.StartDate).NotNull().WithText(text, "StartDateRequired")
            .Must(start => start >= time.Today()).WithText(text, "StartDateInPast")
            .When(r => r.StartDate is not null, ApplyConditionTo.CurrentValidator);

        RuleFor(r => r.LegalEntityId).NotEmpty().WithText(text, "LegalEntityRequired");
        RuleFor(r => r.WorkerType).NotNull().WithText(text, "WorkerTypeRequired").IsInEnum().WithTextName(text, "WorkerTypeName");

        RuleFor(r => r.PersonnelNumber)
            .Empty().WithText(text, "PersonnelNumberFromSequence")
            .When(_ => !options.Value.AllowManualPersonnelNumber);
        RuleFor(r => r.PersonnelNumber)
            .MaximumLength(PersonnelNumberMaxLength).WithText(text, "TooLong", PersonnelNumberMaxLength)
            .Matches("^[A-Za-z0-9-]+$").WithText(text, "PersonnelNumberFormat")
            .When(r => options.Value.AllowManualPersonnelNumber && !string.IsNullOrEmpty(r.PersonnelNumber));

        RuleFor(r => r.EmploymentEndDate).NotNull().WithText(text, "EndDateRequiredForContractor")
            .When(r => r.WorkerType == Domain.WorkerType.Contractor);
        RuleFor(r => r.EmploymentEndDate).GreaterThan(r => r.StartDate).WithText(text, "EndDateAfterStart")
            .When(r => r.EmploymentEndDate is not null && r.StartDate is not null);

        RuleFor(r => r.AssignmentStartDate)
            .GreaterThanOrEqualTo(r => r.StartDate).WithText(text, "AssignmentStartWithinEmployment")
            .When(r => r.PositionId is not null && r.AssignmentStartDate is not null && r.StartDate is not null);
        RuleFor(r => r.AssignmentStartDate)
            .LessThan(r => r.EmploymentEndDate).WithText(text, "AssignmentStartWithinEmployment")
            .When(r => r.PositionId is not null && r.AssignmentStartDate is not null && r.EmploymentEndDate is not null);

        RuleFor(r => r.RehireWorkerId).NotNull().WithText(text, "RehireWorkerRequired")
            .When(r => r.DuplicateDecision == DuplicateDecision.Rehire);
        RuleFor(r => r.NewWorkerReason).NotEmpty().WithText(text, "NewWorkerReasonRequired")
            .MaximumLength(CandidateFields.CommentMaxLength).WithText(text, "TooLong", CandidateFields.CommentMaxLength)
            .When(r => r.DuplicateDecision == DuplicateDecision.NewWorker);

        RuleFor(r => r.ChecklistTemplateIds)
            .Must(ids => ids.Count <= MaxChecklists && !ids.Contains(Guid.Empty) && ids.Distinct().Count() == ids.Count)
            .WithText(text, "ChecklistsInvalid", MaxChecklists);
    }
}
