using HireHub.Core.Common;
using HireHub.Core.Data;
using HireHub.Core.Domain;
using HireHub.Core.Features.Audit;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace HireHub.Core.Features.Privacy;

/// <summary>What one sweep did: figures only, no one's data.</summary>
public sealed record RetentionSweepResult(int Flagged, int Anonymised, int Skipped);

/// <summary>
/// Applies the retention policy once: flags unprocessed candidates HR has left too long, and anonymises those past
/// their time. The background service calls it on a timer; tests call it directly. It is safe to run on several
/// instances at once: flags and anonymisations are conditional updates, so each candidate is counted by one only.
/// </summary>
public sealed class RetentionSweep(
    IDbContextFactory<HireHubDbContext> dbFactory,
    CandidateAnonymiser anonymiser,
    IOptions<RetentionOptions> options,
    TimeProvider time)
{
    public const string RetentionFlagged = "CandidateRetentionFlagged";

    /// <summary>The retention policy acts as this actor in the audit log.</summary>
    public static readonly Actor Policy = new("retention-policy", "Retention policy");

    public async Task<RetentionSweepResult> RunAsync(CancellationToken ct = default)
    {
        var policy = options.Value;
        var now = time.GetUtcNow();
        var flagged = await FlagAsync(policy, now, ct);
        var (anonymised, skipped) = await AnonymiseAsync(CandidateStatus.NotHired, policy.NotHiredAnonymiseAfterDays, policy, now, ct);
        var dismissed = await AnonymiseAsync(CandidateStatus.Dismissed, policy.DismissedAnonymiseAfterDays, policy, now, ct);
        var unprocessed = await AnonymiseAsync(CandidateStatus.NotProcessed, policy.NotProcessedAnonymiseAfterDays, policy, now, ct);
        return new RetentionSweepResult(flagged, anonymised + dismissed.Anonymised + unprocessed.Anonymised, skipped + dismissed.Skipped + unprocessed.Skipped);
    }

    /// <summary>When an unprocessed candidate received at <paramref name="receivedAt"/> will be anonymised.</summary>
    public static DateTimeOffset AnonymisesOn(DateTimeOffset receivedAt, RetentionOptions policy) =>
        receivedAt.AddDays(policy.NotProcessedAnonymiseAfterDays);

    private async Task<int> FlagAsync(RetentionOptions policy, DateTimeOffset now, CancellationToken ct)
    {
        var cutoff = now.AddDays(-policy.NotProcessedFlagAfterDays);
        int flagged = 0;
        List<Guid> passedOver = [];
        while (true)
        {
            List<DueCandidate> due;
            await using (var db = await dbFactory.CreateDbContextAsync(ct))
            {
                due = await db.ExportedCandidates.AsNoTracking()
                    .Where(c => c.Status == CandidateStatus.NotProcessed && c.RetentionFlaggedAt == null && c.AnonymisedAt == null && !c.LegalHold
                        && c.ReceivedAt <= cutoff && !passedOver.Contains(c.Id))
                    .OrderBy(c => c.ReceivedAt)
                    .Select(c => new DueCandidate(c.Id, c.Version, c.ReceivedAt))
                    .Take(policy.BatchSize)
                    .ToListAsync(ct);
            }

            foreach (var candidate in due)
            {
                if (await dbFactory.WriteAsync((db, attemptCt) => FlagAsync(db, candidate, policy, now, attemptCt), done => done, ct))
                {
                    flagged++;
                }
                else
                {
                    passedOver.Add(candidate.Id);
                }
            }

            if (due.Count < policy.BatchSize)
            {
                return flagged;
            }
        }
    }

    // Only the instance whose update finds the flag still unset records it, so two sweeps never both count it.
    private async Task<bool> FlagAsync(HireHubDbContext db, DueCandidate candidate, RetentionOptions policy, DateTimeOffset now, CancellationToken ct)
    {
        var newVersion = Guid.NewGuid();
        var changed = await db.ExportedCandidates
            .Where(c => c.Id == candidate.Id && c.Version == candidate.Version && c.RetentionFlaggedAt == null && c.Status == CandidateStatus.NotProcessed)
            .ExecuteUpdateAsync(s => s.SetProperty(c => c.RetentionFlaggedAt, now).SetProperty(c => c.Version, newVersion), ct);
        if (changed != 1)
        {
            return false;
        }

        // Past the change tracker, so the panels' change log is told here: the candidate now shows its flag.
        CandidateChangeLog.Record(db, candidate.Id, CandidateChangeKind.Changed);
        AuditTrail.Record(db, time, Policy, RetentionFlagged, nameof(ExportedCandidate), candidate.Id.ToString(), null, new
        {
            policy.NotProcessedFlagAfterDays,
            AnonymisesOn = AnonymisesOn(candidate.ReceivedAt, policy),
        });
        return true;
    }

    /// <summary>
    /// Batch by batch until none is left: an anonymised candidate leaves the query by itself, and one that could not be
    /// (hired meanwhile, or taken by another instance) is passed over, so the loop always ends.
    /// </summary>
    private async Task<(int Anonymised, int Skipped)> AnonymiseAsync(CandidateStatus status, int days, RetentionOptions policy, DateTimeOffset now, CancellationToken ct)
    {
        var cutoff = now.AddDays(-days);
        var reason = $"Retention policy: {status} after {days} days";
        var anonymised = 0;
        List<Guid> passedOver = [];
        while (true)
        {
            List<Guid> due;
            await using (var db = await dbFactory.CreateDbContextAsync(ct))
            {
                var query = db.ExportedCandidates.AsNoTracking().Where(c => c.Status == status && c.AnonymisedAt == null && !c.LegalHold && !passedOver.Contains(c.Id));
                query = status == CandidateStatus.NotProcessed
                    ? query.Where(c => c.ReceivedAt <= cutoff)
                    : query.Where(c => c.ActedAt != null && c.ActedAt <= cutoff);
                due = await query.OrderBy(c => c.ReceivedAt).Select(c => c.Id).Take(policy.BatchSize).ToListAsync(ct);
            }

            foreach (var id in due)
            {
                var outcome = await anonymiser.AnonymiseAsync(id, reason, Policy, c => IsDue(c, status, cutoff), ct);
                if (outcome.Status == AnonymisationStatus.Anonymised)
                {
                    anonymised++;
                }
                else
                {
                    passedOver.Add(id);
                }
            }

            if (due.Count < policy.BatchSize)
            {
                return (anonymised, passedOver.Count);
            }
        }
    }

    // Checked again on the row read inside the anonymising transaction: a hire or a re-export may have come first.
    private static bool IsDue(ExportedCandidate candidate, CandidateStatus status, DateTimeOffset cutoff) =>
        candidate.Status == status
        && (status == CandidateStatus.NotProcessed ? candidate.ReceivedAt <= cutoff : candidate.ActedAt <= cutoff);

    private sealed record DueCandidate(Guid Id, Guid Version, DateTimeOffset ReceivedAt);
}
