using System.Data.Common;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore.Diagnostics;

namespace HireHub.Tests.Support;

/// <summary>
/// Fails the next database command whose SQL matches, once, as the store would: with SQLite's "database is locked"
/// (transient: the app's execution strategy retries it, as SQL Server's retries a dropped connection) or with an I/O
/// error (permanent: the unit of work must fail and leave nothing behind).
/// </summary>
public sealed class FailingCommands : DbCommandInterceptor
{
    private const int SqliteBusy = 5;
    private const int SqliteIoError = 10;
    private readonly Lock gate = new();
    private Func<string, bool>? match;
    private bool transient;

    /// <summary>How many commands were failed so far: a test that saw none proved nothing.</summary>
    public int Failures { get; private set; }

    public void FailNext(string sqlContaining, bool transient)
    {
        lock (gate)
        {
            match = sql => sql.Contains(sqlContaining, StringComparison.Ordinal);
            this.transient = transient;
        }
    }

    public override InterceptionResult<DbDataReader> ReaderExecuting(DbCommand command, CommandEventData eventData, InterceptionResult<DbDataReader> result)
    {
        FailIfMatched(command);
        return result;
    }

    public override ValueTask<InterceptionResult<DbDataReader>> ReaderExecutingAsync(
        DbCommand command, CommandEventData eventData, InterceptionResult<DbDataReader> result, CancellationToken cancellationToken = default)
    {
        FailIfMatched(command);
        return ValueTask.FromResult(result);
    }

    public override InterceptionResult<int> NonQueryExecuting(DbCommand command, CommandEventData eventData, InterceptionResult<int> result)
    {
        FailIfMatched(command);
        return result;
    }

    public override ValueTask<InterceptionResult<int>> NonQueryExecutingAsync(
        DbCommand command, CommandEventData eventData, InterceptionResult<int> result, CancellationToken cancellationToken = default)
    {
        FailIfMatched(command);
        return ValueTask.FromResult(result);
    }

    private void FailIfMatched(DbCommand command)
    {
        bool fail;
        bool asTransient;
        lock (gate)
        {
            fail = match?.Invoke(command.CommandText) == true;
            asTransient = transient;
            if (fail)
            {
                match = null;
                Failures++;
            }
        }

        if (fail)
        {
            throw asTransient
                ? new SqliteException("SQLite Error 5: 'database is locked' (simulated).", SqliteBusy)
                : new SqliteException("SQLite Error 10: 'disk I/O error' (simulated).", SqliteIoError);
        }
    }
}
