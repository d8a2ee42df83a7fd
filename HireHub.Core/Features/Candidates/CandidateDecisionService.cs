using FluentValidation;
using HireHub.Core.Common;
using HireHub.Core.Data;
using HireHub.Core.Domain;
using HireHub.Core.Features.Audit;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;

namespace HireHub.Core.Features.Candidates;

/// <summary>"Do not hire" and "Dismiss": the panel's other two row actions.</summary>
public sealed class CandidateDecisionService(
    IDbContextFactory<HireHubDbContext> dbFactory,
    IValidator<DoNotHire> validator,
    TimeProvider time,
    IStringLocalizer<CoreText> text)
{
    public async Task<Result<CandidateStatus>> DoNotHireAsync(DoNotHire request, Actor actor, CancellationToken ct = default)
    {
        var validation = await validator.ValidateAsync(request, ct);
        if (!validation.IsValid)
        {
            return Problem.Invalid(validation.ToDictionary(), text["DoNotHireInvalid"]);
        }

        return await DecideAsync(request.CandidateId, CandidateStatus.NotHired, request.ReasonCode, request.Comment!.Trim(), AuditActions.CandidateNotHired, actor, ct);
    }

    public Task<Result<CandidateStatus>> DismissAsync(Guid candidateId, Actor actor, CancellationToken ct = default) =>
        DecideAsync(candidateId, CandidateStatus.Dismissed, null, null, AuditActions.CandidateDismissed, actor, ct);

    private async Task<Result<CandidateStatus>> DecideAsync(Guid candidateId, CandidateStatus status, string? reason, string? comment, string action, Actor actor, CancellationToken ct)
    {
        try
        {
            return await dbFactory.WriteAsync((db, attemptCt) => DecideInTransactionAsync(db, candidateId, status, reason, comment, action, actor, attemptCt), ct);
        }
        catch (DbUpdateConcurrencyException)
        {
            // Someone decided, erased or re-exported the candidate meanwhile: say what is true now.
            await using var db = await dbFactory.CreateDbContextAsync(ct);
            var fresh = await db.ExportedCandidates.AsNoTracking().SingleOrDefaultAsync(c => c.Id == candidateId, ct);
            return CandidateDecisionRules.MayDecide(fresh, text, out var refusal) ? Problem.Conflict(text["HireConflict"]) : refusal;
        }
    }

    private async Task<Result<CandidateStatus>> DecideInTransactionAsync(
        HireHubDbContext db, Guid candidateId, CandidateStatus status, string? reason, string? comment, string action, Actor actor, CancellationToken ct)
    {
        var candidate = await db.ExportedCandidates.SingleOrDefaultAsync(c => c.Id == candidateId, ct);
        if (!CandidateDecisionRules.MayDecide(candidate, text, out var refusal))
        {
            return refusal;
        }

        var before = new { candidate.Status };
        CandidateDecisionRules.Decide(candidate, status, actor, time.GetUtcNow());
        candidate.ReasonCode = reason;
        candidate.Comment = comment;
        AuditTrail.Record(db, time, actor, action, nameof(ExportedCandidate), candidate.Id.ToString(), before, new { candidate.Status, candidate.ReasonCode, candidate.Comment });
        return status;
    }
}
