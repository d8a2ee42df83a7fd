using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using FluentValidation;
using HireHub.Core.Common;
using HireHub.Core.Data;
using HireHub.Core.Domain;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;

namespace HireHub.Core.Features.Exports;

/// <summary>
/// Receives exported candidates, from the API and from the recruiters' form and CSV upload alike: validates
/// once, on the caller's thread, then hands the write to <see cref="ExportWriter"/>, which creates or revises each
/// candidate by (connection, candidate id) with its audit event and idempotency record in a transaction it shares
/// with the exports queued beside it, and answers once that committed. An idempotency key makes a retry safe.
/// </summary>
public sealed class ExportService(
    IDbContextFactory<HireHubDbContext> dbFactory,
    IValidator<ExportCandidate> validator,
    ExportWriter writer,
    IStringLocalizer<CoreText> text)
{
    public const int MaxBatchItems = 1000;

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

        var written = await writer.WriteAsync(new ExportWrite(source, [NormalizedExport.From(request, source.DefaultPhoneRegion)], Idempotency(source, idempotencyKey, "single", request), StoreSingle), ct);
        return written.Status switch
        {
            IdempotencyClaimStatus.Claimed => ToSingleResult(written.Writes[0]),
            IdempotencyClaimStatus.Replay => ReplaySingle(written),
            _ => KeyReused(),
        };
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

        var idempotency = Idempotency(source, idempotencyKey, "batch", requests);
        var written = await writer.WriteAsync(new ExportWrite(source, valid, idempotency, writes => (nameof(ExportBatchReceipt), JsonSerializer.Serialize(Results(writes), ExportJson.Options))), ct);
        return written.Status switch
        {
            IdempotencyClaimStatus.Claimed => new ExportBatchReceipt(Results(written.Writes)),
            IdempotencyClaimStatus.Replay => new ExportBatchReceipt(JsonSerializer.Deserialize<List<ExportItemResult>>(written.Body!, ExportJson.Options)!, Replayed: true),
            _ => KeyReused(),
        };
    }

    private static IdempotencyRequest? Idempotency(ExportSource source, string? key, string operation, object request) =>
        key is null ? null : new IdempotencyRequest(source.Actor.Id, key, RequestHash(operation, request));

    /// <summary>The request as understood (not its bytes): whitespace and unknown fields do not make a retry a new request.</summary>
    internal static string RequestHash(string operation, object request) =>
        Convert.ToHexString(SHA256.HashData(Encoding.UTF8.GetBytes(operation + "\n" + JsonSerializer.Serialize(request, ExportJson.Options))));

    private Problem KeyReused() => new(ProblemKind.KeyReused, text["IdempotencyKeyReused"]);

    private static Result<ExportReceipt> ReplaySingle(ExportWriteResult replay)
    {
        var outcome = Enum.Parse<ExportOutcome>(replay.Outcome!);
        if (outcome == ExportOutcome.Conflict)
        {
            return Problem.Conflict(JsonSerializer.Deserialize<string>(replay.Body!, ExportJson.Options)!);
        }

        return new ExportReceipt(outcome, JsonSerializer.Deserialize<ExportedCandidateResource>(replay.Body!, ExportJson.Options)!, Replayed: true);
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
}
