using FluentValidation;
using HireHub.Core.Common;
using HireHub.Core.Domain;
using Microsoft.Extensions.Localization;
using Microsoft.Extensions.Options;

namespace HireHub.Core.Features.Hiring;

public sealed class HireNewWorkerValidator : AbstractValidator<HireNewWorker>
{
    public const int PersonnelNumberMaxLength = 20;

    public HireNewWorkerValidator(IStringLocalizer<CoreText> text, TimeProvider time, IOptions<HiringOptions> options)
    {
        RuleFor(r => r.CandidateId).NotEmpty().WithMessage(text["CandidateRequired"]);
        RuleFor(r => r.Revision).GreaterThan(0).WithMessage(text["RevisionRequired"]);

        RuleFor(r => r.FirstName).NotEmpty().WithMessage(text["FirstNameRequired"])
            .MaximumLength(PersonName.MaxLength).WithMessage(text["TooLong", PersonName.MaxLength]);
        RuleFor(r => r.MiddleName).MaximumLength(PersonName.MaxLength).WithMessage(text["TooLong", PersonName.MaxLength]);
        RuleFor(r => r.LastName).NotEmpty().WithMessage(text["LastNameRequired"])
            .MaximumLength(PersonName.MaxLength).WithMessage(text["TooLong", PersonName.MaxLength]);

        RuleFor(r => r.Email).NotEmpty().WithMessage(text["EmailRequired"]);
        RuleFor(r => r.Email).Rule(text);
        RuleFor(r => r.Phone).NotEmpty().WithMessage(text["PhoneRequired"])
            .Must(phone => PhoneNumberFormat.TryNormalize(phone, null, out _)).WithMessage(text["PhoneInvalid"])
            .When(r => !string.IsNullOrEmpty(r.Phone), ApplyConditionTo.CurrentValidator);

        RuleFor(r => r.StartDate).NotNull().WithMessage(text["StartDateRequired"])
            .Must(start => start >= time.Today()).WithMessage(text["StartDateInPast"])
            .When(r => r.StartDate is not null, ApplyConditionTo.CurrentValidator);

        RuleFor(r => r.LegalEntityId).NotEmpty().WithMessage(text["LegalEntityRequired"]);
        RuleFor(r => r.WorkerType).NotNull().WithMessage(text["WorkerTypeRequired"]).IsInEnum();

        RuleFor(r => r.PersonnelNumber)
            .Empty().WithMessage(text["PersonnelNumberFromSequence"])
            .When(_ => !options.Value.AllowManualPersonnelNumber);
        RuleFor(r => r.PersonnelNumber)
            .MaximumLength(PersonnelNumberMaxLength).WithMessage(text["TooLong", PersonnelNumberMaxLength])
            .Matches("^[A-Za-z0-9-]+$").WithMessage(text["PersonnelNumberFormat"])
            .When(r => options.Value.AllowManualPersonnelNumber && !string.IsNullOrEmpty(r.PersonnelNumber));

        RuleFor(r => r.EmploymentEndDate).NotNull().WithMessage(text["EndDateRequiredForContractor"])
            .When(r => r.WorkerType == Domain.WorkerType.Contractor);
        RuleFor(r => r.EmploymentEndDate).GreaterThan(r => r.StartDate).WithMessage(text["EndDateAfterStart"])
            .When(r => r.EmploymentEndDate is not null && r.StartDate is not null);

        RuleFor(r => r.AssignmentStartDate)
            .GreaterThanOrEqualTo(r => r.StartDate).WithMessage(text["AssignmentStartWithinEmployment"])
            .When(r => r.PositionId is not null && r.AssignmentStartDate is not null && r.StartDate is not null);
        RuleFor(r => r.AssignmentStartDate)
            .LessThan(r => r.EmploymentEndDate).WithMessage(text["AssignmentStartWithinEmployment"])
            .When(r => r.PositionId is not null && r.AssignmentStartDate is not null && r.EmploymentEndDate is not null);

        RuleFor(r => r.RehireWorkerId).NotNull().WithMessage(text["RehireWorkerRequired"])
            .When(r => r.DuplicateDecision == DuplicateDecision.Rehire);
        RuleFor(r => r.NewWorkerReason).NotEmpty().WithMessage(text["NewWorkerReasonRequired"])
            .MaximumLength(CandidateFields.CommentMaxLength).WithMessage(text["TooLong", CandidateFields.CommentMaxLength])
            .When(r => r.DuplicateDecision == DuplicateDecision.NewWorker);
    }
}
