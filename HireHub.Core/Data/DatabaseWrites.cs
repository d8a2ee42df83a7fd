using HireHub.Core.Common;
using Microsoft.EntityFrameworkCore;

namespace HireHub.Core.Data;

/// <summary>
/// The one way HireHub writes in a transaction. SQL Server's retrying strategy (and SQLite's, for a locked file)
/// replays a failed unit of work from its start, so the unit runs inside <c>CreateExecutionStrategy().ExecuteAsync</c>:
/// each attempt starts from an empty change tracker, begins its own transaction, and commits only when the work says
/// so. Providers refuse a transaction begun outside the strategy, which is why nothing else calls
/// <c>BeginTransactionAsync</c>.
/// </summary>
/// <remarks>
/// The helper saves the tracked changes before it commits. Work that needs what saving assigns (a renewed
/// <see cref="Domain.IVersioned.Version"/>, say) saves itself first; the helper's save then has nothing left to do.
/// A unit that may run twice must decide from what it reads inside the transaction, never from state it kept from a
/// previous attempt. If the connection drops during the commit itself, a retry finds the committed rows and answers
/// as for a second request (a conflict, never a duplicate): every writer reads and checks before it writes.
/// On SQLite the transaction begins IMMEDIATE, so writers queue at its start instead of failing at their commit.
/// </remarks>
public static class DatabaseWrites
{
    /// <summary>Runs <paramref name="work"/> in one transaction on a new context, committed when <paramref name="commit"/> says so.</summary>
    public static async Task<T> WriteAsync<T>(
        this IDbContextFactory<HireHubDbContext> dbFactory,
        Func<HireHubDbContext, CancellationToken, Task<T>> work,
        Func<T, bool> commit,
        CancellationToken ct = default)
    {
        await using var db = await dbFactory.CreateDbContextAsync(ct);
        return await db.Database.CreateExecutionStrategy().ExecuteAsync(
            async attemptCt =>
            {
                db.ChangeTracker.Clear();
                await using var transaction = await db.Database.BeginTransactionAsync(attemptCt);
                var result = await work(db, attemptCt);
                if (commit(result))
                {
                    await db.SaveChangesAsync(attemptCt);
                    await transaction.CommitAsync(attemptCt);
                }

                return result;
            },
            ct);
    }

    /// <summary>Runs <paramref name="work"/> in one transaction, committed when it succeeded; a <see cref="Problem"/> stores nothing.</summary>
    public static Task<Result<T>> WriteAsync<T>(
        this IDbContextFactory<HireHubDbContext> dbFactory,
        Func<HireHubDbContext, CancellationToken, Task<Result<T>>> work,
        CancellationToken ct = default) =>
        dbFactory.WriteAsync(work, result => result.Succeeded, ct);
}
