using FluentValidation;
using HireHub.Core.Common;
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
        RuleFor(r => r.CandidateId).NotEmpty().WithText(text, "CandidateRequired");
        RuleFor(r => r.ReasonCode).NotEmpty().WithText(text, "ReasonRequired")
            .Must(code => NotHiredReasons.All.Contains(code)).WithText(text, "ReasonUnknown")
            .When(r => !string.IsNullOrEmpty(r.ReasonCode), ApplyConditionTo.CurrentValidator);
        RuleFor(r => r.Comment).NotEmpty().WithText(text, "CommentRequired")
            .MaximumLength(CandidateFields.CommentMaxLength).WithText(text, "TooLong", CandidateFields.CommentMaxLength);
    }
}
