using System.Data.Common;
using Microsoft.EntityFrameworkCore.Diagnostics;

namespace HireHub.Core.Data;

/// <summary>
/// SQLite keeps <c>synchronous</c> per connection, not in the file (unlike <c>journal_mode=WAL</c>), so setting it once
/// at start-up reached only the initializer's connection: every other connection fsynced the WAL on each commit.
/// This gives every connection the app opens NORMAL, which with WAL is safe and makes a commit a write, not an fsync.
/// </summary>
internal sealed class SqliteConnectionSettings : DbConnectionInterceptor
{
    public override void ConnectionOpened(DbConnection connection, ConnectionEndEventData eventData) => Apply(connection);

    public override Task ConnectionOpenedAsync(DbConnection connection, ConnectionEndEventData eventData, CancellationToken cancellationToken = default)
    {
        // Microsoft.Data.Sqlite runs commands synchronously anyway.
        Apply(connection);
        return Task.CompletedTask;
    }

    private static void Apply(DbConnection connection)
    {
        using var command = connection.CreateCommand();
        command.CommandText = "PRAGMA synchronous=NORMAL;";
        command.ExecuteNonQuery();
    }
}
