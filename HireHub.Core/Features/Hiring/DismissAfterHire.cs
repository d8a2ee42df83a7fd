using FluentValidation;
using HireHub.Core.Common;
using HireHub.Core.Domain;
using Microsoft.Extensions.Localization;

namespace HireHub.Core.Features.Hiring;

/// <summary>Why a hire is dismissed; people read them through the resource key <c>DismissReason_{code}</c>.</summary>
public static class HireDismissalReasons
{
    public const string NoShow = "NoShow";
    public const string OfferDeclined = "OfferDeclined";
    public const string OfferWithdrawn = "OfferWithdrawn";
    public const string Other = "Other";

    public static IReadOnlyList<string> All { get; } = [NoShow, OfferDeclined, OfferWithdrawn, Other];
}

/// <summary>
/// Dismiss a worker's hire: the person did not turn up, or the offer fell through. Based on the worker's
/// <see cref="WorkerVersion"/> as the page read it, so a worker someone changed meanwhile is not dismissed blind.
/// </summary>
public sealed record DismissAfterHire
{
    public Guid WorkerId { get; set; }

    public Guid WorkerVersion { get; set; }

    public Guid EmploymentId { get; set; }

    public string? ReasonCode { get; set; }

    public string? Comment { get; set; }
}

public sealed class DismissAfterHireValidator : AbstractValidator<DismissAfterHire>
{
    public DismissAfterHireValidator(IStringLocalizer<CoreText> text)
    {
        RuleFor(r => r.WorkerId).NotEmpty().WithText(text, "WorkerNotFound");
        RuleFor(r => r.EmploymentId).NotEmpty().WithText(text, "EmploymentNotFound");
        RuleFor(r => r.ReasonCode).NotEmpty().WithText(text, "ReasonRequired")
            .Must(code => HireDismissalReasons.All.Contains(code)).WithText(text, "ReasonUnknown")
            .When(r => !string.IsNullOrEmpty(r.ReasonCode), ApplyConditionTo.CurrentValidator);
        RuleFor(r => r.Comment).NotEmpty().WithText(text, "CommentRequired")
            .MaximumLength(CandidateFields.CommentMaxLength).WithText(text, "TooLong", CandidateFields.CommentMaxLength);
    }
}

/// <summary>
/// A worker's latest hire as the Dismiss action needs it: from which candidate, until when it may be dismissed, and the
/// versions the request must carry. Null from the service when the worker's latest employment came from no candidate.
/// </summary>
public sealed record HireDismissalOption(
    Guid WorkerId,
    Guid WorkerVersion,
    Guid EmploymentId,
    string WorkerName,
    string PersonnelNumber,
    DateOnly StartDate,
    DateOnly DismissibleUntil,
    DateTimeOffset? DismissedAt,
    string? DismissalReason,
    string? PositionNumber,
    int OpenTasks)
{
    public bool CanDismiss(DateOnly today) => DismissedAt is null && today <= DismissibleUntil;
}

public sealed record HireDismissed(string PersonnelNumber, string WorkerName, string? VacatedPosition, int TasksCancelled);
