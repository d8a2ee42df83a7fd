using System.Collections.Immutable;
using Microsoft.Extensions.Logging;

namespace HireHub.Core.Features.Exports;

/// <summary>A candidate an export created or revised, as announced to the Candidates to hire panels.</summary>
public sealed record CandidateFeedItem(Guid Id, string CandidateId, ExportOutcome Outcome, int Revision);

/// <summary>
/// Tells everyone looking at candidates (each Blazor circuit's panel) that exports created or revised some,
/// right after the change committed. In-process: with several app instances each announces its own writes.
/// </summary>
public sealed class CandidateFeed(ILogger<CandidateFeed> logger)
{
    private ImmutableArray<Func<IReadOnlyList<CandidateFeedItem>, Task>> subscribers = [];

    /// <summary>
    /// Calls <paramref name="onChanged"/> after each committed export that changed candidates, until disposed. It is
    /// called in the subscriber's own execution context (its culture above all), not the exporting request's: a Dutch
    /// panel that an English API call refreshes must still render in Dutch, and Blazor's dispatcher runs work in the
    /// context of whoever hands it over.
    /// </summary>
    public IDisposable Subscribe(Func<IReadOnlyList<CandidateFeedItem>, Task> onChanged)
    {
        var context = ExecutionContext.Capture();
        Func<IReadOnlyList<CandidateFeedItem>, Task> subscriber = context is null ? onChanged : items => InContext(context, onChanged, items);
        ImmutableInterlocked.Update(ref subscribers, list => list.Add(subscriber));
        return new Subscription(() => ImmutableInterlocked.Update(ref subscribers, list => list.Remove(subscriber)));
    }

    /// <summary>
    /// Announces <paramref name="items"/> without waiting for the subscribers: an export answers its caller at
    /// once, and a broken or slow circuit cannot hold it up.
    /// </summary>
    public void Publish(IReadOnlyList<CandidateFeedItem> items)
    {
        if (items.Count == 0)
        {
            return;
        }

        foreach (var subscriber in subscribers)
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
