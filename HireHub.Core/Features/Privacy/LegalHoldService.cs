using FluentValidation;
using HireHub.Core.Common;
using HireHub.Core.Data;
using HireHub.Core.Domain;
using HireHub.Core.Features.Audit;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;

namespace HireHub.Core.Features.Privacy;

/// <summary>An administrator putting a candidate on legal hold, or taking it off; either way they say why.</summary>
public sealed record ChangeLegalHold
{
    public Guid CandidateId { get; set; }

    public bool Hold { get; set; }

    public string? Reason { get; set; }
}

public sealed class ChangeLegalHoldValidator : AbstractValidator<ChangeLegalHold>
{
    public ChangeLegalHoldValidator(IStringLocalizer<CoreText> text)
    {
        RuleFor(r => r.CandidateId).NotEmpty().WithText(text, "CandidateRequired");
        RuleFor(r => r.Reason).NotEmpty().WithText(text, "LegalHoldReasonRequired")
            .MaximumLength(ExportedCandidate.LegalHoldReasonMaxLength).WithText(text, "TooLong", ExportedCandidate.LegalHoldReasonMaxLength);
    }
}

/// <summary>
/// A legal hold keeps a candidate's data when a claim, audit or investigation needs it, whatever the retention
/// policy says and whatever an erasure request asks; setting and clearing it is audited with the reason.
/// </summary>
public sealed class LegalHoldService(
    IDbContextFactory<HireHubDbContext> dbFactory,
    IValidator<ChangeLegalHold> validator,
    TimeProvider time,
    IStringLocalizer<CoreText> text)
{
    public const string LegalHoldSet = "LegalHoldSet";
    public const string LegalHoldCleared = "LegalHoldCleared";

    public async Task<Result<bool>> ChangeAsync(ChangeLegalHold request, Actor actor, CancellationToken ct = default)
    {
        var validation = await validator.ValidateAsync(request, ct);
        if (!validation.IsValid)
        {
            return Problem.Invalid(validation.ToDictionary(), text["LegalHoldInvalid"]);
        }

        try
        {
            return await dbFactory.WriteAsync((db, attemptCt) => ChangeInTransactionAsync(db, request, actor, attemptCt), ct);
        }
        catch (DbUpdateConcurrencyException)
        {
            // Anonymised or changed since it was read: the administrator looks again.
            return Problem.Conflict(text["CandidateChangedMeanwhile"]);
        }
    }

    private async Task<Result<bool>> ChangeInTransactionAsync(HireHubDbContext db, ChangeLegalHold request, Actor actor, CancellationToken ct)
    {
        var candidate = await db.ExportedCandidates.SingleOrDefaultAsync(c => c.Id == request.CandidateId, ct);
        if (candidate is null)
        {
            return Problem.NotFound(text["CandidateNotFound"]);
        }

        if (candidate.AnonymisedAt is not null)
        {
            return Problem.Conflict(text["CandidateAlreadyErased"]);
        }

        if (candidate.LegalHold == request.Hold)
        {
            return Problem.Conflict(text[request.Hold ? "LegalHoldAlreadySet" : "LegalHoldNotSet"]);
        }

        var reason = request.Reason!.Trim();
        candidate.LegalHold = request.Hold;
        candidate.LegalHoldReason = request.Hold ? reason : null;
        AuditTrail.Record(db, time, actor, request.Hold ? LegalHoldSet : LegalHoldCleared, nameof(ExportedCandidate), candidate.Id.ToString(), null, new { Reason = reason });
        return request.Hold;
    }
}
