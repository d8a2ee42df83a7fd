using System.Data.Common;
using System.Runtime.CompilerServices;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore.Diagnostics;

namespace HireHub.Core.Data;

/// <summary>
/// SQLite keeps <c>synchronous</c> per connection, not in the file (unlike <c>journal_mode=WAL</c>), so setting it once
/// at start-up reached only the initializer's connection: every other connection fsynced the WAL on each commit.
/// This gives every connection the app opens NORMAL, which with WAL is safe and makes a commit a write, not an fsync.
/// </summary>
internal sealed class SqliteConnectionSettings : DbConnectionInterceptor
{
    // Pooled connections keep their native handle, and with it the setting: set it once per handle, not per open.
    private readonly ConditionalWeakTable<object, object> configured = [];

    public override void ConnectionOpened(DbConnection connection, ConnectionEndEventData eventData) => Apply(connection);

    public override Task ConnectionOpenedAsync(DbConnection connection, ConnectionEndEventData eventData, CancellationToken cancellationToken = default)
    {
        // Microsoft.Data.Sqlite runs commands synchronously anyway.
        Apply(connection);
        return Task.CompletedTask;
    }

    private void Apply(DbConnection connection)
    {
        var handle = (connection as SqliteConnection)?.Handle;
        if (handle is not null && configured.TryGetValue(handle, out _))
        {
            return;
        }

        using (var command = connection.CreateCommand())
        {
            command.CommandText = "PRAGMA synchronous=NORMAL;";
            command.ExecuteNonQuery();
        }

        if (handle is not null)
        {
            configured.AddOrUpdate(handle, handle);
        }
    }
}
