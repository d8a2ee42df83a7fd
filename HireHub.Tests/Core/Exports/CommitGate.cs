using System.Data.Common;
using Microsoft.EntityFrameworkCore.Diagnostics;

namespace HireHub.Tests.Core.Exports;

/// <summary>
/// Holds the next transaction at its commit once armed, so a test can look at the world while a write is done but
/// not yet durable, and counts the commits that went through.
/// </summary>
internal sealed class CommitGate : DbTransactionInterceptor
{
    private readonly SemaphoreSlim gate = new(0);
    private TaskCompletionSource reached = new(TaskCreationOptions.RunContinuationsAsynchronously);
    private int armed;
    private int commits;

    public int Commits => Volatile.Read(ref commits);

    /// <summary>Completes when an armed commit is being held.</summary>
    public Task Reached => reached.Task;

    public void Arm()
    {
        reached = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        Volatile.Write(ref armed, 1);
    }

    public void Release() => gate.Release();

    public override async ValueTask<InterceptionResult> TransactionCommittingAsync(DbTransaction transaction, TransactionEventData eventData, InterceptionResult result, CancellationToken cancellationToken = default)
    {
        if (Interlocked.Exchange(ref armed, 0) == 1)
        {
            reached.TrySetResult();
            await gate.WaitAsync(TimeSpan.FromSeconds(30), cancellationToken);
        }

        return result;
    }

    public override Task TransactionCommittedAsync(DbTransaction transaction, TransactionEndEventData eventData, CancellationToken cancellationToken = default)
    {
        Interlocked.Increment(ref commits);
        return Task.CompletedTask;
    }
}
