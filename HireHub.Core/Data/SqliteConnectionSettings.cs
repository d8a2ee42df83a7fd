using System.Data.Common;
using System.Runtime.CompilerServices;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore.Diagnostics;

namespace HireHub.Core.Data;

/// <summary>
/// A write HireHub acknowledges is on disk: every commit fsyncs the write-ahead log before the caller hears of it, so
/// a power cut or an OS crash after a <c>201</c> loses nothing. SQLite keeps <c>synchronous</c> per connection, not in
/// the file (unlike <c>journal_mode=WAL</c>), so this sets FULL on every connection the app opens. NORMAL, the WAL
/// default, skips that fsync: safe against the app crashing, not against the machine losing power. Reads never fsync
/// whatever the setting; the export writer's group commit shares one fsync between the exports it stores together.
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
            command.CommandText = "PRAGMA synchronous=FULL;";
            command.ExecuteNonQuery();
        }

        if (handle is not null)
        {
            configured.AddOrUpdate(handle, handle);
        }
    }
}
