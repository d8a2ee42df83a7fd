using System.Collections.Immutable;
using HireHub.Core.Data;
using HireHub.Core.Domain;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging;

namespace HireHub.Core.Features.Candidates;

/// <summary>A candidate whose change was committed, by any instance, as it is now.</summary>
public sealed record CandidateFeedItem(Guid Id, string CandidateId, CandidateChangeKind Change, CandidateStatus Status, int Revision);

/// <summary>
/// Tells everyone looking at candidates (each Blazor circuit's Candidates to hire panel) that candidates changed: an
/// export, a re-export, a decision, an erasure, committed by this instance or any other on the same database. It
/// follows the candidate change log (<see cref="CandidateChangeLog"/>), which every writer fills in its own
/// transaction: one reader per instance (<see cref="CatchUpAsync"/>, called every half second by the app's
/// follower), one indexed query when nothing changed, and the circuits are told in-process. No broker is needed.
/// </summary>
public sealed class CandidateFeed(IDbContextFactory<HireHubDbContext> dbFactory, TimeProvider time, ILogger<CandidateFeed> logger)
{
    /// <summary>How long change log entries are kept: far longer than any follower lags or <see cref="ChangeLogPosition.GapWait"/>.</summary>
    public static readonly TimeSpan Retention = TimeSpan.FromMinutes(10);

    private const int BatchSize = 1000;
    private readonly SemaphoreSlim reading = new(1, 1);
    private readonly ChangeLogPosition position = new();
    private readonly Queue<(DateTimeOffset At, long Position)> checkpoints = new();
    private ImmutableArray<Func<IReadOnlyList<CandidateFeedItem>, Task>> subscribers = [];

    /// <summary>
    /// Calls <paramref name="onChanged"/> after each read of the log that found committed changes, until disposed. It is
    /// called in the subscriber's own execution context (its culture above all), not the follower's: a Dutch panel
    /// must still render in Dutch, and Blazor's dispatcher runs work in the context of whoever hands it over.
    /// </summary>
    public IDisposable Subscribe(Func<IReadOnlyList<CandidateFeedItem>, Task> onChanged)
    {
        var context = ExecutionContext.Capture();
        Func<IReadOnlyList<CandidateFeedItem>, Task> subscriber = context is null ? onChanged : items => InContext(context, onChanged, items);
        ImmutableInterlocked.Update(ref subscribers, list => list.Add(subscriber));
        return new Subscription(() => ImmutableInterlocked.Update(ref subscribers, list => list.Remove(subscriber)));
    }

    /// <summary>Follows the log from its current end: what was committed before the app started is no news. Without it, the first read starts at the beginning.</summary>
    public async Task StartAsync(CancellationToken ct = default)
    {
        await reading.WaitAsync(ct);
        try
        {
            await using var db = await dbFactory.CreateDbContextAsync(ct);
            position.StartAt(await db.ChangeLog.MaxAsync(c => (long?)c.Id, ct) ?? 0);
        }
        finally
        {
            reading.Release();
        }
    }

    /// <summary>
    /// Reads what was committed since the last read and announces it, without waiting for the subscribers: a slow
    /// or broken circuit cannot hold up the others. Returns the number of log entries read.
    /// </summary>
    public async Task<int> CatchUpAsync(CancellationToken ct = default)
    {
        await reading.WaitAsync(ct);
        try
        {
            var read = 0;
            do
            {
                await using var db = await dbFactory.CreateDbContextAsync(ct);
                var entries = await position.ReadAsync(db, time.GetUtcNow(), BatchSize, ct);
                read += entries.Count;
                var listening = subscribers;
                if (entries.Count > 0 && !listening.IsEmpty)
                {
                    Announce(listening, await ItemsAsync(db, entries, ct));
                }
            }
            while (!position.CaughtUp);

            return read;
        }
        finally
        {
            reading.Release();
        }
    }

    /// <summary>
    /// Removes log entries older than <see cref="Retention"/>, as far as this instance knows: up to where it had read
    /// that long ago. Every instance prunes; deleting what another already deleted changes nothing.
    /// </summary>
    public async Task<int> PruneAsync(CancellationToken ct = default)
    {
        var now = time.GetUtcNow();
        long? upTo = null;
        lock (checkpoints)
        {
            checkpoints.Enqueue((now, position.Last ?? 0));
            while (checkpoints.Count > 0 && now - checkpoints.Peek().At >= Retention)
            {
                upTo = checkpoints.Dequeue().Position;
            }
        }

        if (upTo is not > 0)
        {
            return 0;
        }

        await using var db = await dbFactory.CreateDbContextAsync(ct);
        return await db.ChangeLog.Where(c => c.Id <= upTo).ExecuteDeleteAsync(ct);
    }

    // One item per candidate, as it is now (a candidate exported and hired between two reads is announced hired).
    private static async Task<IReadOnlyList<CandidateFeedItem>> ItemsAsync(HireHubDbContext db, List<ChangeRead> entries, CancellationToken ct)
    {
        var latest = entries.GroupBy(e => e.CandidateId).ToDictionary(g => g.Key, g => g.MaxBy(e => e.Id)!.Kind);
        var ids = latest.Keys.ToList();
        var candidates = await db.ExportedCandidates.AsNoTracking()
            .Where(c => ids.Contains(c.Id))
            .Select(c => new { c.Id, c.CandidateId, c.Status, c.Revision })
            .ToListAsync(ct);
        return candidates.Select(c => new CandidateFeedItem(c.Id, c.CandidateId, latest[c.Id], c.Status, c.Revision)).ToList();
    }

    private void Announce(ImmutableArray<Func<IReadOnlyList<CandidateFeedItem>, Task>> listening, IReadOnlyList<CandidateFeedItem> items)
    {
        if (items.Count == 0)
        {
            return;
        }

        foreach (var subscriber in listening)
        {
            _ = NotifyAsync(subscriber, items);
        }
    }

    private static Task InContext(ExecutionContext context, Func<IReadOnlyList<CandidateFeedItem>, Task> onChanged, IReadOnlyList<CandidateFeedItem> items)
    {
        Task? called = null;
        ExecutionContext.Run(context, _ => called = onChanged(items), null);
        return called!;
    }

    private async Task NotifyAsync(Func<IReadOnlyList<CandidateFeedItem>, Task> subscriber, IReadOnlyList<CandidateFeedItem> items)
    {
        try
        {
            await subscriber(items);
        }
        catch (Exception ex)
        {
            logger.LogWarning(ex, "A candidate feed subscriber failed");
        }
    }

    private sealed class Subscription(Action unsubscribe) : IDisposable
    {
        private int disposed;

        public void Dispose()
        {
            if (Interlocked.Exchange(ref disposed, 1) == 0)
            {
                unsubscribe();
            }
        }
    }
}
