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
/// One sweep as recorded in the audit log (<see cref="RetentionSweep.SweepRecord"/>): when it ran, on which instance,
/// what it did, and whether it finished. A failed sweep's figures are what it did before it failed.
/// </summary>
public sealed record RetentionSweepRun(DateTimeOffset StartedAt, DateTimeOffset FinishedAt, string Instance, bool Succeeded, int Flagged, int Anonymised, int Skipped);

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

    /// <summary>Audit action of a sweep that ran to its end; its <c>After</c> is a <see cref="RetentionSweepRun"/>.</summary>
    public const string SweepRan = "RetentionSweepRan";

    /// <summary>Audit action of a sweep that failed part-way; its <c>After</c> is a <see cref="RetentionSweepRun"/>.</summary>
    public const string SweepFailed = "RetentionSweepFailed";

    /// <summary>
    /// The record type and id every sweep's audit event is filed under: one key, so the latest run is the last entry of
    /// one index range on every instance (each instance sweeps on its own timer; the log is the one place all see).
    /// </summary>
    public const string SweepRecord = "RetentionSweep";

    public const string SweepRecordId = "policy";

    /// <summary>The retention policy acts as this actor in the audit log.</summary>
    public static readonly Actor Policy = new("retention-policy", "Retention policy");

    /// <summary>Runs the policy once and records the run, or its failure, in the audit log for the Home page.</summary>
    public async Task<RetentionSweepResult> RunAsync(CancellationToken ct = default)
    {
        var policy = options.Value;
        var now = time.GetUtcNow();
        var done = new RetentionSweepResult(0, 0, 0);
        try
        {
            done = done with { Flagged = await FlagAsync(policy, now, ct) };
            foreach (var (status, days) in new[]
            {
                (CandidateStatus.NotHired, policy.NotHiredAnonymiseAfterDays),
                (CandidateStatus.Dismissed, policy.DismissedAnonymiseAfterDays),
                (CandidateStatus.NotProcessed, policy.NotProcessedAnonymiseAfterDays),
            })
            {
                var (anonymised, skipped) = await AnonymiseAsync(status, days, policy, now, ct);
                done = done with { Anonymised = done.Anonymised + anonymised, Skipped = done.Skipped + skipped };
            }
        }
        catch (Exception ex) when (ex is not OperationCanceledException)
        {
            await RecordRunAsync(SweepFailed, now, done, CancellationToken.None, failing: ex);
            throw;
        }

        await RecordRunAsync(SweepRan, now, done, ct);
        return done;
    }

    private async Task RecordRunAsync(string action, DateTimeOffset startedAt, RetentionSweepResult done, CancellationToken ct, Exception? failing = null)
    {
        try
        {
            await using var db = await dbFactory.CreateDbContextAsync(ct);
            var run = new RetentionSweepRun(startedAt, time.GetUtcNow(), Environment.MachineName, failing is null, done.Flagged, done.Anonymised, done.Skipped);
            AuditTrail.Record(db, time, Policy, action, SweepRecord, SweepRecordId, null, run);
            await db.SaveChangesAsync(ct);
        }
        catch (Exception ex) when (failing is not null && ex is not OperationCanceledException)
        {
            // The sweep's own failure is what the caller must hear about; not being able to note it (the database is
            // likely what failed) must not hide it.
        }
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
