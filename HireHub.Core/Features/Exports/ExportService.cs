using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using FluentValidation;
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
/// Receives exported candidates, from the API and from the recruiters' form and CSV upload alike: validates
/// once, then creates or revises each candidate by (connection, candidate id) in one short transaction with its
/// audit event, and announces the change once it committed. An idempotency key makes a retry safe.
/// </summary>
public sealed class ExportService(
    IDbContextFactory<HireHubDbContext> dbFactory,
    IValidator<ExportCandidate> validator,
    IdempotencyStore idempotency,
    CandidateFeed feed,
    TimeProvider time,
    IStringLocalizer<CoreText> text)
{
    public const int MaxBatchItems = 1000;

    // A concurrent writer of the same candidate (a unique index or a concurrency token refused ours) is met by
    // reading again and deciding again; after this many tries the caller gets a failure it may retry.
    private const int MaxAttempts = 3;

    /// <summary>The source for a recruiter exporting through the form or CSV upload on behalf of a connection.</summary>
    public async Task<Result<ExportSource>> SourceAsync(Guid connectionId, Actor actor, CancellationToken ct = default)
    {
        await using var db = await dbFactory.CreateDbContextAsync(ct);
        var connection = await db.AtsConnections.AsNoTracking().SingleOrDefaultAsync(c => c.Id == connectionId, ct);
        return connection is null ? Problem.NotFound(text["ConnectionNotFound"]) : new ExportSource(connection.Id, connection.DefaultPhoneRegion, actor);
    }

    public async Task<Result<ExportReceipt>> ExportAsync(ExportSource source, ExportCandidate request, string? idempotencyKey = null, CancellationToken ct = default)
    {
        var validation = await validator.ValidateAsync(ExportCandidateValidator.ContextFor(request, source.DefaultPhoneRegion), ct);
        if (!validation.IsValid)
        {
            return Problem.Invalid(validation.ToDictionary(), text["ExportInvalid"]);
        }

        var claim = await ClaimAsync(source, idempotencyKey, "single", request, ct);
        if (claim is { Status: not IdempotencyClaimStatus.Claimed })
        {
            return claim.Status == IdempotencyClaimStatus.Replay ? ReplaySingle(claim) : ClaimProblem(claim);
        }

        var writes = await WriteGuardedAsync(source, [NormalizedExport.From(request, source.DefaultPhoneRegion)], claim, StoreSingle, ct);
        return ToSingleResult(writes[0]);
    }

    /// <summary>Stores every valid item, whatever the others; one result per item, in order.</summary>
    public async Task<Result<ExportBatchReceipt>> ExportBatchAsync(ExportSource source, IReadOnlyList<ExportCandidate?>? items, string? idempotencyKey = null, CancellationToken ct = default)
    {
        if (items is null || items.Count is 0 or > MaxBatchItems)
        {
            var message = text["BatchSize", MaxBatchItems];
            return Problem.Invalid(new Dictionary<string, string[]> { [nameof(ExportCandidateBatch.Items)] = [message] }, message);
        }

        var requests = items.Select(i => i ?? new ExportCandidate()).ToList();
        var claim = await ClaimAsync(source, idempotencyKey, "batch", requests, ct);
        if (claim is { Status: not IdempotencyClaimStatus.Claimed })
        {
            return claim.Status == IdempotencyClaimStatus.Replay
                ? new ExportBatchReceipt(JsonSerializer.Deserialize<List<ExportItemResult>>(claim.ResponseBody!, ExportJson.Options)!, Replayed: true)
                : ClaimProblem(claim);
        }

        var errors = new IDictionary<string, string[]>?[requests.Count];
        var valid = new NormalizedExport?[requests.Count];
        for (var i = 0; i < requests.Count; i++)
        {
            var validation = await validator.ValidateAsync(ExportCandidateValidator.ContextFor(requests[i], source.DefaultPhoneRegion), ct);
            if (validation.IsValid)
            {
                valid[i] = NormalizedExport.From(requests[i], source.DefaultPhoneRegion);
            }
            else
            {
                errors[i] = validation.ToDictionary();
            }
        }

        List<ExportItemResult> Results(IReadOnlyList<CandidateWrite> writes) =>
            writes.Select((w, i) => w.Outcome switch
            {
                ExportOutcome.Invalid => new ExportItemResult(i, w.Outcome, null, errors[i]),
                ExportOutcome.Conflict => new ExportItemResult(i, w.Outcome, w.Candidate!.Id, new Dictionary<string, string[]> { [nameof(ExportCandidate.CandidateId)] = [w.Message!] }),
                _ => new ExportItemResult(i, w.Outcome, w.Candidate!.Id, null),
            }).ToList();

        var written = await WriteGuardedAsync(source, valid, claim, writes => (nameof(ExportBatchReceipt), JsonSerializer.Serialize(Results(writes), ExportJson.Options)), ct);
        return new ExportBatchReceipt(Results(written));
    }

    private async Task<IdempotencyClaim?> ClaimAsync(ExportSource source, string? key, string operation, object request, CancellationToken ct)
    {
        if (key is null)
        {
            return null;
        }

        return await idempotency.ClaimAsync(source.Actor.Id, key, RequestHash(operation, request), ct);
    }

    /// <summary>The request as understood (not its bytes): whitespace and unknown fields do not make a retry a new request.</summary>
    internal static string RequestHash(string operation, object request) =>
        Convert.ToHexString(SHA256.HashData(Encoding.UTF8.GetBytes(operation + "\n" + JsonSerializer.Serialize(request, ExportJson.Options))));

    private Problem ClaimProblem(IdempotencyClaim claim) => claim.Status == IdempotencyClaimStatus.KeyReused
        ? new Problem(ProblemKind.KeyReused, text["IdempotencyKeyReused"])
        : Problem.Conflict(text["IdempotencyInFlight"]);

    private static Result<ExportReceipt> ReplaySingle(IdempotencyClaim claim)
    {
        var outcome = Enum.Parse<ExportOutcome>(claim.Outcome!);
        if (outcome == ExportOutcome.Conflict)
        {
            return Problem.Conflict(JsonSerializer.Deserialize<string>(claim.ResponseBody!, ExportJson.Options)!);
        }

        return new ExportReceipt(outcome, JsonSerializer.Deserialize<ExportedCandidateResource>(claim.ResponseBody!, ExportJson.Options)!, Replayed: true);
    }

    private static (string Outcome, string Body) StoreSingle(IReadOnlyList<CandidateWrite> writes)
    {
        var write = writes[0];
        var body = write.Outcome == ExportOutcome.Conflict
            ? JsonSerializer.Serialize(write.Message, ExportJson.Options)
            : JsonSerializer.Serialize(ExportedCandidateResource.From(write.Candidate!), ExportJson.Options);
        return (write.Outcome.ToString(), body);
    }

    private static Result<ExportReceipt> ToSingleResult(CandidateWrite write) => write.Outcome == ExportOutcome.Conflict
        ? Problem.Conflict(write.Message!)
        : new ExportReceipt(write.Outcome, ExportedCandidateResource.From(write.Candidate!));

    /// <summary>Writes, and gives the idempotency key back if the write failed, so the caller may retry with it.</summary>
    private async Task<IReadOnlyList<CandidateWrite>> WriteGuardedAsync(
        ExportSource source, IReadOnlyList<NormalizedExport?> items, IdempotencyClaim? claim, Func<IReadOnlyList<CandidateWrite>, (string Outcome, string Body)> respond, CancellationToken ct)
    {
        try
        {
            return await WriteAsync(source, items, claim, respond, ct);
        }
        catch
        {
            if (claim is not null)
            {
                await idempotency.ReleaseAsync(claim.RecordId);
            }

            throw;
        }
    }

    private async Task<IReadOnlyList<CandidateWrite>> WriteAsync(
        ExportSource source, IReadOnlyList<NormalizedExport?> items, IdempotencyClaim? claim, Func<IReadOnlyList<CandidateWrite>, (string Outcome, string Body)> respond, CancellationToken ct)
    {
        for (var attempt = 1; ; attempt++)
        {
            await using var db = await dbFactory.CreateDbContextAsync(ct);
            try
            {
                // On SQLite this begins IMMEDIATE: concurrent exports queue here instead of racing.
                await using var transaction = await db.Database.BeginTransactionAsync(ct);
                var now = TruncateToMilliseconds(time.GetUtcNow());
                var ids = items.OfType<NormalizedExport>().Select(i => i.CandidateId).Distinct().ToList();
                var existing = await db.ExportedCandidates
                    .Where(c => c.ConnectionId == source.ConnectionId && ids.Contains(c.CandidateId))
                    .ToDictionaryAsync(c => c.CandidateId, StringComparer.Ordinal, ct);

                var routes = await LegalEntityRoutes.LoadAsync(db, source.ConnectionId, ct);
                var writes = items.Select(item => item is null ? new CandidateWrite(ExportOutcome.Invalid, null, null) : Upsert(db, source, existing, item, routes, now)).ToList();
                if (claim is not null)
                {
                    var (outcome, body) = respond(writes);
                    await IdempotencyStore.CompleteAsync(db, claim.RecordId, outcome, body, ct);
                }

                await db.SaveChangesAsync(ct);
                await transaction.CommitAsync(ct);
                feed.Publish(writes
                    .Where(w => w.Outcome is ExportOutcome.Created or ExportOutcome.Updated)
                    .GroupBy(w => w.Candidate!)
                    .Select(g => new CandidateFeedItem(g.Key.Id, g.Key.CandidateId, g.Any(w => w.Outcome == ExportOutcome.Created) ? ExportOutcome.Created : ExportOutcome.Updated, g.Key.Revision))
                    .ToList());
                return writes;
            }
            catch (DbUpdateException ex) when (attempt < MaxAttempts && (ex is DbUpdateConcurrencyException || ex.IsUniqueViolation()))
            {
                // Someone else created or changed one of these candidates meanwhile: decide again on fresh data.
            }
        }
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

        // An erased candidate stays erased: a re-export must not bring the personal data back.
        if (candidate.AnonymisedAt is not null)
        {
            return new CandidateWrite(ExportOutcome.Conflict, candidate, text["CandidateAlreadyErased"]);
        }

        if (candidate.Status != CandidateStatus.NotProcessed)
        {
            return new CandidateWrite(ExportOutcome.Conflict, candidate, CandidateStatusText.AlreadyActedOn(text, candidate));
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

    private sealed record CandidateWrite(ExportOutcome Outcome, ExportedCandidate? Candidate, string? Message);
}
