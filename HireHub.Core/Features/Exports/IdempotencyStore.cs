using HireHub.Core.Data;
using HireHub.Core.Domain;
using Microsoft.EntityFrameworkCore;

namespace HireHub.Core.Features.Exports;

public enum IdempotencyClaimStatus
{
    /// <summary>This request is the first with its key: go ahead, then complete or release the claim.</summary>
    Claimed,

    /// <summary>The same request was answered before: send its stored response.</summary>
    Replay,

    /// <summary>The same request is still being processed elsewhere.</summary>
    InFlight,

    /// <summary>The key was used for a different request.</summary>
    KeyReused,
}

public sealed record IdempotencyClaim(IdempotencyClaimStatus Status, long RecordId, string? Outcome = null, string? ResponseBody = null);

/// <summary>
/// Idempotency keys in the database: the unique index on (caller, key) lets exactly one of several concurrent
/// requests, on any app instance, hold a key. Exports record their key in the transaction of the write it guards
/// (<see cref="ExportGroup"/>), so a stored response exists exactly when the write committed; a claim taken here
/// ahead of its write (<see cref="ClaimAsync"/>) is in flight until then, and may be taken over after its lease.
/// </summary>
public sealed class IdempotencyStore(IDbContextFactory<HireHubDbContext> dbFactory, TimeProvider time)
{
    public static readonly TimeSpan Retention = TimeSpan.FromHours(24);

    /// <summary>A claim older than this whose request never finished (its instance died) may be taken over.</summary>
    public static readonly TimeSpan InFlightLease = TimeSpan.FromMinutes(2);

    public async Task<IdempotencyClaim> ClaimAsync(string callerId, string key, string requestHash, CancellationToken ct = default)
    {
        for (var attempt = 0; attempt < 3; attempt++)
        {
            await using var db = await dbFactory.CreateDbContextAsync(ct);
            var now = time.GetUtcNow();
            var existing = await db.IdempotencyRecords.AsNoTracking().SingleOrDefaultAsync(r => r.CallerId == callerId && r.Key == key, ct);
            if (existing is null)
            {
                var record = new IdempotencyRecord
                {
                    CallerId = callerId,
                    Key = key,
                    RequestHash = requestHash,
                    State = IdempotencyState.InFlight,
                    CreatedAt = now,
                    ExpiresAt = now + Retention,
                };
                db.IdempotencyRecords.Add(record);
                try
                {
                    await db.SaveChangesAsync(ct);
                    return new IdempotencyClaim(IdempotencyClaimStatus.Claimed, record.Id);
                }
                catch (DbUpdateException ex) when (ex.IsUniqueViolation())
                {
                    continue; // Another request claimed it first: read what it left.
                }
            }

            if (existing.ExpiresAt <= now || (existing.State == IdempotencyState.InFlight && existing.CreatedAt + InFlightLease <= now))
            {
                var taken = await db.IdempotencyRecords
                    .Where(r => r.Id == existing.Id && r.State == existing.State && r.CreatedAt == existing.CreatedAt)
                    .ExecuteUpdateAsync(
                        s => s.SetProperty(r => r.RequestHash, requestHash)
                            .SetProperty(r => r.State, IdempotencyState.InFlight)
                            .SetProperty(r => r.Outcome, (string?)null)
                            .SetProperty(r => r.ResponseBody, (string?)null)
                            .SetProperty(r => r.CreatedAt, now)
                            .SetProperty(r => r.ExpiresAt, now + Retention),
                        ct);
                if (taken == 1)
                {
                    return new IdempotencyClaim(IdempotencyClaimStatus.Claimed, existing.Id);
                }

                continue;
            }

            if (existing.RequestHash != requestHash)
            {
                return new IdempotencyClaim(IdempotencyClaimStatus.KeyReused, existing.Id);
            }

            return existing.State == IdempotencyState.InFlight
                ? new IdempotencyClaim(IdempotencyClaimStatus.InFlight, existing.Id)
                : new IdempotencyClaim(IdempotencyClaimStatus.Replay, existing.Id, existing.Outcome, existing.ResponseBody);
        }

        return new IdempotencyClaim(IdempotencyClaimStatus.InFlight, 0);
    }

    public async Task<int> PurgeExpiredAsync(CancellationToken ct = default)
    {
        var now = time.GetUtcNow();
        await using var db = await dbFactory.CreateDbContextAsync(ct);
        return await db.IdempotencyRecords.Where(r => r.ExpiresAt <= now).ExecuteDeleteAsync(ct);
    }
}
