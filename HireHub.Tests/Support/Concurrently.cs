namespace HireHub.Tests.Support;

public static class Concurrently
{
    /// <summary>
    /// Runs <paramref name="action"/> <paramref name="count"/> times at the same moment, each on its own thread.
    /// Own threads because SQLite's async methods run synchronously: awaited one after another on the caller's
    /// thread, the "concurrent" calls would simply run in turn. A barrier releases them together.
    /// </summary>
    public static async Task<T[]> RunAsync<T>(int count, Func<int, Task<T>> action)
    {
        using var barrier = new Barrier(count);
        var tasks = Enumerable.Range(0, count)
            .Select(i => Task.Factory.StartNew(
                () =>
                {
                    if (!barrier.SignalAndWait(TimeSpan.FromSeconds(10), TestContext.Current.CancellationToken))
                    {
                        throw new TimeoutException("Not every concurrent caller started.");
                    }

                    return action(i);
                },
                TestContext.Current.CancellationToken,
                TaskCreationOptions.LongRunning,
                TaskScheduler.Default).Unwrap())
            .ToList();
        return await Task.WhenAll(tasks);
    }
}
