using HireHub.Core.Data;
using HireHub.Tests.Support;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Storage;

namespace HireHub.Tests.Core.Data;

/// <summary>
/// A commit is on disk before HireHub answers: every connection the app opens runs SQLite's <c>synchronous=FULL</c>,
/// which fsyncs the write-ahead log at each commit (NORMAL, WAL's default, does not). scripts/fsync-drill.sh counts the
/// fsyncs of the running app; this checks the setting on each kind of connection a service gets.
/// </summary>
public sealed class DurableCommitTests : DatabaseTest
{
    private const long Full = 2L;

    [Fact]
    public async Task EveryConnection_FsyncsOnCommit_InWriteAheadLogMode()
    {
        var ct = TestContext.Current.CancellationToken;
        for (var i = 0; i < 3; i++)
        {
            // Pooled connections keep their native handle and setting; new contexts get fresh and pooled ones alike.
            await using var db = Db.CreateDbContext();
            Assert.Equal<object?>(Full, await PragmaAsync(db, "PRAGMA synchronous", ct));
            Assert.Equal("wal", await PragmaAsync(db, "PRAGMA journal_mode", ct));
        }
    }

    [Fact]
    public async Task ATransactionOfTheWriteHelper_RunsWithFullSynchronous()
    {
        var ct = TestContext.Current.CancellationToken;
        var setting = await Db.Get<IDbContextFactory<HireHubDbContext>>().WriteAsync((db, attemptCt) => PragmaAsync(db, "PRAGMA synchronous", attemptCt), _ => true, ct);

        Assert.Equal<object?>(Full, setting);
    }

    // On the context's own connection (opened through EF, so its interceptors ran), inside its transaction if any.
    private static async Task<object?> PragmaAsync(HireHubDbContext db, string pragma, CancellationToken ct)
    {
        await db.Database.OpenConnectionAsync(ct);
        await using var command = db.Database.GetDbConnection().CreateCommand();
        command.Transaction = db.Database.CurrentTransaction?.GetDbTransaction();
        command.CommandText = pragma;
        return await command.ExecuteScalarAsync(ct);
    }
}
