using FluentValidation;
using HireHub.Core.Domain;
using Microsoft.Extensions.Localization;

namespace HireHub.Core.Features.Candidates;

public sealed record DoNotHire
{
    public Guid CandidateId { get; set; }

    public string? ReasonCode { get; set; }

    public string? Comment { get; set; }
}

public sealed class DoNotHireValidator : AbstractValidator<DoNotHire>
{
    public DoNotHireValidator(IStringLocalizer<CoreText> text)
    {
        RuleFor(r => r.CandidateId).NotEmpty().WithMessage(text["CandidateRequired"]);
        RuleFor(r => r.ReasonCode).NotEmpty().WithMessage(text["ReasonRequired"])
            .Must(code => NotHiredReasons.All.Contains(code)).WithMessage(text["ReasonUnknown"])
            .When(r => !string.IsNullOrEmpty(r.ReasonCode), ApplyConditionTo.CurrentValidator);
        RuleFor(r => r.Comment).NotEmpty().WithMessage(text["CommentRequired"])
            .MaximumLength(CandidateFields.CommentMaxLength).WithMessage(text["TooLong", CandidateFields.CommentMaxLength]);
    }
}
