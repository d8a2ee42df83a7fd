using HireHub.Core.Data;
using Microsoft.EntityFrameworkCore;

namespace HireHub.Core.Features.Exports;

/// <summary>What an idempotency key on record says about a request that carries it.</summary>
public enum IdempotencyClaimStatus
{
    /// <summary>This request is the first with its key (or came without one): it was carried out, and its key recorded.</summary>
    Claimed,

    /// <summary>The same request was answered before: send its stored response.</summary>
    Replay,

    /// <summary>The key was used for a different request.</summary>
    KeyReused,
}

/// <summary>
/// Idempotency keys in the database. An export records its key in the transaction of the write it guards
/// (<see cref="ExportGroup"/>), so a stored response exists exactly when the write committed, and the unique index on
/// (caller, key) lets exactly one of several concurrent requests, on any app instance, commit with a key: the others
/// meet the index, decide again on fresh data and replay the winner's response. No request is ever "in flight"
/// on record, so none has to be told to come back later.
/// </summary>
public sealed class IdempotencyStore(IDbContextFactory<HireHubDbContext> dbFactory, TimeProvider time)
{
    public static readonly TimeSpan Retention = TimeSpan.FromHours(24);

    public async Task<int> PurgeExpiredAsync(CancellationToken ct = default)
    {
        var now = time.GetUtcNow();
        await using var db = await dbFactory.CreateDbContextAsync(ct);
        return await db.IdempotencyRecords.Where(r => r.ExpiresAt <= now).ExecuteDeleteAsync(ct);
    }
}
