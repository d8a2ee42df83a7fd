using HireHub.Core.Common;
using HireHub.Core.Data;
using HireHub.Core.Domain;
using HireHub.Core.Features.Administration;
using HireHub.Core.Features.Audit;
using HireHub.Core.Features.Candidates;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;

namespace HireHub.Core.Features.Exports;

/// <summary>
/// Decides a group of export requests inside one open transaction, in the order they arrived, as if each ran
/// alone: the idempotency keys first (a replay or a reused key stores nothing), then each
/// candidate created or revised by (connection, candidate id) with its revisions and audit event, then the key's
/// record with the response. Requests later in the group see what earlier ones wrote (the same candidate twice is
/// created, then revised; the same key twice is replayed). One read per kind of row for the whole group.
/// </summary>
internal sealed class ExportGroup(TimeProvider time, IStringLocalizer<CoreText> text)
{
    public async Task<IReadOnlyList<ExportWriteResult>> WriteAsync(HireHubDbContext db, IReadOnlyList<ExportWrite> writes, CancellationToken ct = default)
    {
        var now = TruncateToMilliseconds(time.GetUtcNow());
        var keys = await KeysAsync(db, writes, ct);
        var candidates = await CandidatesAsync(db, writes, ct);
        var routes = new Dictionary<Guid, LegalEntityRoutes>();
        var results = new List<ExportWriteResult>(writes.Count);
        foreach (var write in writes)
        {
            var record = write.Idempotency is { } request ? keys.GetValueOrDefault((request.CallerId, request.Key)) : null;
            if (record is not null && Verdict(record, write.Idempotency!, now) is { } verdict)
            {
                results.Add(verdict);
                continue;
            }

            var connectionId = write.Source.ConnectionId;
            if (!routes.TryGetValue(connectionId, out var route))
            {
                route = routes[connectionId] = await LegalEntityRoutes.LoadAsync(db, connectionId, ct);
            }

            var existing = candidates.GetValueOrDefault(connectionId) ?? (candidates[connectionId] = new(StringComparer.Ordinal));
            using var callersCulture = CultureScope.Use(write.Culture, write.UICulture);
            var written = write.Items.Select(item => item is null ? new CandidateWrite(ExportOutcome.Invalid, null, null) : Upsert(db, write.Source, existing, item, route, now)).ToList();
            if (write.Idempotency is { } key)
            {
                var (outcome, body) = write.Respond(written);
                record ??= db.IdempotencyRecords.Add(new IdempotencyRecord { CallerId = key.CallerId, Key = key.Key, RequestHash = key.RequestHash }).Entity;
                record.RequestHash = key.RequestHash;
                record.Outcome = outcome;
                record.ResponseBody = body;
                record.CreatedAt = now;
                record.ExpiresAt = now + IdempotencyStore.Retention;
                keys[(key.CallerId, key.Key)] = record;
            }

            results.Add(new ExportWriteResult(IdempotencyClaimStatus.Claimed, written));
        }

        return results;
    }

    /// <summary>What a key already on record says about this request; null when the request may go ahead (the key has expired: it is taken over).</summary>
    private static ExportWriteResult? Verdict(IdempotencyRecord record, IdempotencyRequest request, DateTimeOffset now)
    {
        if (record.ExpiresAt <= now)
        {
            return null;
        }

        return record.RequestHash == request.RequestHash
            ? new ExportWriteResult(IdempotencyClaimStatus.Replay, [], record.Outcome, record.ResponseBody)
            : new ExportWriteResult(IdempotencyClaimStatus.KeyReused, []);
    }

    private static async Task<Dictionary<(string CallerId, string Key), IdempotencyRecord>> KeysAsync(HireHubDbContext db, IReadOnlyList<ExportWrite> writes, CancellationToken ct)
    {
        var requested = writes.Select(w => w.Idempotency).OfType<IdempotencyRequest>().ToList();
        if (requested.Count == 0)
        {
            return [];
        }

        var callers = requested.Select(r => r.CallerId).Distinct().ToList();
        var names = requested.Select(r => r.Key).Distinct().ToList();
        var records = await db.IdempotencyRecords.Where(r => callers.Contains(r.CallerId) && names.Contains(r.Key)).ToListAsync(ct);
        return records.ToDictionary(r => (r.CallerId, r.Key));
    }

    private static async Task<Dictionary<Guid, Dictionary<string, ExportedCandidate>>> CandidatesAsync(HireHubDbContext db, IReadOnlyList<ExportWrite> writes, CancellationToken ct)
    {
        var found = new Dictionary<Guid, Dictionary<string, ExportedCandidate>>();
        foreach (var connection in writes.GroupBy(w => w.Source.ConnectionId))
        {
            var ids = connection.SelectMany(w => w.Items).OfType<NormalizedExport>().Select(i => i.CandidateId).Distinct().ToList();
            found[connection.Key] = await db.ExportedCandidates
                .Where(c => c.ConnectionId == connection.Key && ids.Contains(c.CandidateId))
                .ToDictionaryAsync(c => c.CandidateId, StringComparer.Ordinal, ct);
        }

        return found;
    }

    private CandidateWrite Upsert(HireHubDbContext db, ExportSource source, Dictionary<string, ExportedCandidate> existing, NormalizedExport export, LegalEntityRoutes routes, DateTimeOffset now)
    {
        if (!existing.TryGetValue(export.CandidateId, out var candidate))
        {
            candidate = export.NewCandidate(source.ConnectionId, now);
            candidate.LegalEntityId = routes.Route(export.JobTitle, export.Location);
            db.ExportedCandidates.Add(candidate);
            existing[export.CandidateId] = candidate;
            AuditTrail.Record(db, time, source.Actor, AuditActions.CandidateExported, nameof(ExportedCandidate), candidate.Id.ToString(), null, export);
            return new CandidateWrite(ExportOutcome.Created, candidate, null);
        }

        // Once HR decided, the candidate's record is what they decided on; an erased candidate stays erased, so a
        // re-export cannot bring the personal data back.
        if (!CandidateDecisionRules.MayDecide(candidate, text, out var refusal))
        {
            return new CandidateWrite(ExportOutcome.Conflict, candidate, refusal.Message);
        }

        var changes = export.ChangesFrom(candidate);
        if (changes.Count == 0)
        {
            return new CandidateWrite(ExportOutcome.Unchanged, candidate, null);
        }

        export.ApplyTo(candidate);
        candidate.LegalEntityId = routes.Route(export.JobTitle, export.Location);
        candidate.Revision++;
        candidate.UpdatedAt = now;
        db.CandidateRevisions.AddRange(changes.Select(c => new CandidateRevision
        {
            ExportedCandidateId = candidate.Id,
            Revision = candidate.Revision,
            Field = c.Field,
            OldValue = c.OldValue,
            NewValue = c.NewValue,
            RevisedAt = now,
        }));
        AuditTrail.Record(
            db,
            time,
            source.Actor,
            AuditActions.CandidateReExported,
            nameof(ExportedCandidate),
            candidate.Id.ToString(),
            changes.ToDictionary(c => c.Field, c => c.OldValue),
            changes.ToDictionary(c => c.Field, c => c.NewValue));
        return new CandidateWrite(ExportOutcome.Updated, candidate, null);
    }

    // The SQLite store keeps times to a tenth of a millisecond; responses and later reads should show the same time.
    private static DateTimeOffset TruncateToMilliseconds(DateTimeOffset value) =>
        new(value.Ticks - (value.Ticks % TimeSpan.TicksPerMillisecond), value.Offset);
}
