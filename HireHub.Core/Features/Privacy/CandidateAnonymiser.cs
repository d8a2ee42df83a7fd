using System.Text.Json;
using HireHub.Core.Common;
using HireHub.Core.Data;
using HireHub.Core.Domain;
using HireHub.Core.Features.Audit;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;

namespace HireHub.Core.Features.Privacy;

public enum AnonymisationStatus
{
    Anonymised,
    NotFound,
    AlreadyAnonymised,
    OnLegalHold,

    /// <summary>The sweep chose it, but by the time it looked again the candidate no longer qualified (hired, say).</summary>
    NotDue,

    /// <summary>Someone changed the candidate between the read and the write; nothing was changed.</summary>
    Changed,
}

/// <summary>How many rows of each table one anonymisation changed: the figures its audit tombstone keeps.</summary>
public sealed record AnonymisedRows(int Candidates, int Revisions, int IdempotencyRecords, int IntegrationLogEntries, int AuditEvents);

public sealed record AnonymisationOutcome(AnonymisationStatus Status, AnonymisedRows? Rows = null);

/// <summary>
/// Removes one candidate's personal data from every table that holds it, in one transaction, for the retention
/// sweep and for an erasure request alike. The candidate's row is changed only if its concurrency token is still
/// the one read, so a hire or a second sweep running at the same moment either wins outright or finds nothing left
/// to do: a candidate is never half-anonymised, and never counted twice.
/// </summary>
public sealed class CandidateAnonymiser(IDbContextFactory<HireHubDbContext> dbFactory, TimeProvider time, IStringLocalizer<CoreText> text)
{
    public const string Tombstone = "CandidateAnonymised";

    // On SQLite the transaction begins IMMEDIATE: a concurrent sweep or hire waits for this one to commit.
    public Task<AnonymisationOutcome> AnonymiseAsync(
        Guid candidateId, string reason, Actor actor, Func<ExportedCandidate, bool>? stillDue = null, CancellationToken ct = default) =>
        dbFactory.WriteAsync(
            (db, attemptCt) => AnonymiseInTransactionAsync(db, candidateId, reason, actor, stillDue, attemptCt),
            outcome => outcome.Status == AnonymisationStatus.Anonymised,
            ct);

    private async Task<AnonymisationOutcome> AnonymiseInTransactionAsync(
        HireHubDbContext db, Guid candidateId, string reason, Actor actor, Func<ExportedCandidate, bool>? stillDue, CancellationToken ct)
    {
        var candidate = await db.ExportedCandidates.AsNoTracking().SingleOrDefaultAsync(c => c.Id == candidateId, ct);
        if (candidate is null)
        {
            return new AnonymisationOutcome(AnonymisationStatus.NotFound);
        }

        if (candidate.AnonymisedAt is not null)
        {
            return new AnonymisationOutcome(AnonymisationStatus.AlreadyAnonymised);
        }

        if (candidate.LegalHold)
        {
            return new AnonymisationOutcome(AnonymisationStatus.OnLegalHold);
        }

        if (stillDue is not null && !stillDue(candidate))
        {
            return new AnonymisationOutcome(AnonymisationStatus.NotDue);
        }

        var now = time.GetUtcNow();
        var readVersion = candidate.Version;
        var newVersion = Guid.NewGuid();

        // Job title and location go too: with a start date they can single out one person in a small company.
        // The ATS's candidate id, the status, the dates, the HR person who acted and the worker link stay.
        var candidates = await db.ExportedCandidates
            .Where(c => c.Id == candidateId && c.Version == readVersion && c.AnonymisedAt == null && !c.LegalHold)
            .ExecuteUpdateAsync(
                s => s.SetProperty(c => c.FirstName, "")
                    .SetProperty(c => c.MiddleName, (string?)null)
                    .SetProperty(c => c.LastName, "")
                    .SetProperty(c => c.Email, (string?)null)
                    .SetProperty(c => c.Phone, (string?)null)
                    .SetProperty(c => c.JobTitle, (string?)null)
                    .SetProperty(c => c.Location, (string?)null)
                    .SetProperty(c => c.RecruiterName, (string?)null)
                    .SetProperty(c => c.RecruiterEmail, (string?)null)
                    .SetProperty(c => c.Comment, (string?)null)
                    .SetProperty(c => c.LegalHoldReason, (string?)null)
                    .SetProperty(c => c.AnonymisedAt, now)
                    .SetProperty(c => c.Version, newVersion),
                ct);
        if (candidates != 1)
        {
            return new AnonymisationOutcome(AnonymisationStatus.Changed);
        }

        // Past the change tracker, so the panels' change log is told here: an unprocessed candidate leaves them.
        CandidateChangeLog.Record(db, candidateId, CandidateChangeKind.Erased);

        var revisions = await db.CandidateRevisions
            .Where(r => r.ExportedCandidateId == candidateId && (r.OldValue != null || r.NewValue != null))
            .ExecuteUpdateAsync(s => s.SetProperty(r => r.OldValue, (string?)null).SetProperty(r => r.NewValue, (string?)null), ct);

        // A stored response replays the candidate as first exported; a retry after this meets the erased candidate instead.
        var idText = candidateId.ToString();
        var idempotency = await db.IdempotencyRecords.Where(r => r.ResponseBody != null && r.ResponseBody.Contains(idText)).ExecuteDeleteAsync(ct);

        var log = await ScrubIntegrationLogAsync(db, candidate, ct);
        var audit = await ScrubAuditAsync(db, candidate, ct);

        var rows = new AnonymisedRows(candidates, revisions, idempotency, log, audit);
        AuditTrail.Record(db, time, actor, Tombstone, nameof(ExportedCandidate), idText, null, new
        {
            Reason = reason,
            candidate.Status,
            Rows = rows,
        });
        await db.SaveChangesAsync(ct);
        return new AnonymisationOutcome(AnonymisationStatus.Anonymised, rows);
    }

    /// <summary>A refusal's reason may echo what the caller sent: those of this candidate's id, email or phone lose their text.</summary>
    private async Task<int> ScrubIntegrationLogAsync(HireHubDbContext db, ExportedCandidate candidate, CancellationToken ct)
    {
        var erased = text["IntegrationLogReasonErased"].Value;
        var scrubbed = await db.IntegrationLog.Where(e => e.Reason != erased && e.CandidateId == candidate.CandidateId)
            .ExecuteUpdateAsync(s => s.SetProperty(e => e.Reason, erased), ct);
        foreach (var needle in Needles(candidate))
        {
            scrubbed += await db.IntegrationLog.Where(e => e.Reason != erased && e.Reason.Contains(needle))
                .ExecuteUpdateAsync(s => s.SetProperty(e => e.Reason, erased), ct);
        }

        return scrubbed;
    }

    /// <summary>
    /// The candidate's own events (exported, re-exported, decided, held) keep who, what and when but lose their values;
    /// so does any other event whose values carry its email or phone, except those of the worker it became, whose
    /// employment record has its own legal basis.
    /// </summary>
    private static async Task<int> ScrubAuditAsync(HireHubDbContext db, ExportedCandidate candidate, CancellationToken ct)
    {
        var id = candidate.Id.ToString();
        var scrubbed = await db.AuditEvents
            .Where(e => (e.Before != null || e.After != null) && e.EntityType == nameof(ExportedCandidate) && e.EntityId == id)
            .ExecuteUpdateAsync(s => s.SetProperty(e => e.Before, (string?)null).SetProperty(e => e.After, (string?)null), ct);
        var workerId = candidate.WorkerId?.ToString() ?? "";
        foreach (var needle in Needles(candidate))
        {
            scrubbed += await db.AuditEvents
                .Where(e => !(e.EntityType == nameof(Worker) && e.EntityId == workerId)
                    && ((e.Before != null && e.Before.Contains(needle)) || (e.After != null && e.After.Contains(needle))))
                .ExecuteUpdateAsync(s => s.SetProperty(e => e.Before, (string?)null).SetProperty(e => e.After, (string?)null), ct);
        }

        return scrubbed;
    }

    /// <summary>The email and phone as stored, and as JSON writes them (it escapes <c>+</c>), to find them in other text.</summary>
    private static IEnumerable<string> Needles(ExportedCandidate candidate) =>
        new[] { candidate.Email, candidate.Phone }
            .OfType<string>()
            .Where(v => v.Length >= 5)
            .SelectMany(v => new[] { v, JsonSerializer.Serialize(v)[1..^1] })
            .Distinct(StringComparer.Ordinal);
}
