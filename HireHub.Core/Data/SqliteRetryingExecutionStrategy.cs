using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore.Storage;

namespace HireHub.Core.Data;

/// <summary>
/// SQLite's counterpart of SQL Server's <c>EnableRetryOnFailure</c>: a file still locked by another process (a second
/// app instance, a backup) after the busy timeout is worth another try, as a dropped connection is on SQL Server.
/// Beyond that, it makes the embedded default behave as production does: a retrying strategy refuses a transaction
/// begun outside it, so every writer's test on SQLite proves the writer also runs on SQL Server
/// (<see cref="DatabaseWrites"/>).
/// </summary>
internal sealed class SqliteRetryingExecutionStrategy(ExecutionStrategyDependencies dependencies)
    : ExecutionStrategy(dependencies, DefaultMaxRetryCount, TimeSpan.FromSeconds(2))
{
    private const int SqliteBusy = 5;
    private const int SqliteLocked = 6;

    protected override bool ShouldRetryOn(Exception exception) =>
        exception is SqliteException { SqliteErrorCode: SqliteBusy or SqliteLocked };
}
