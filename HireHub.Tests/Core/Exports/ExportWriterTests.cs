using HireHub.Core.Common;
using HireHub.Core.Data;
using HireHub.Core.Domain;
using HireHub.Core.Features.Audit;
using HireHub.Core.Features.Exports;
using HireHub.Tests.Support;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace HireHub.Tests.Core.Exports;

/// <summary>
/// The group-commit writer on a real SQLite file: concurrent exports share a transaction, each caller is answered
/// only once its row is durable, and one failing export in a group fails alone.
/// </summary>
public sealed class ExportWriterTests : IAsyncLifetime
{
    private readonly CommitGate commits = new();
    private TestDatabase database = null!;
    private ExportSource linkedIn = null!;

    private ExportService Exports => database.Get<ExportService>();

    private ExportWriter Writer => database.Get<ExportWriter>();

    public async ValueTask InitializeAsync()
    {
        database = await TestDatabase.CreateAsync(configureServices: services =>
            services.ConfigureDbContext<SqliteHireHubDbContext>(o => o.AddInterceptors(commits)));
        await using var db = database.CreateDbContext();
        var connection = await db.AtsConnections.AsNoTracking().SingleAsync(c => c.Name == ReferenceData.LinkedInConnectionName, TestContext.Current.CancellationToken);
        linkedIn = new ExportSource(connection.Id, connection.DefaultPhoneRegion, new Actor(ReferenceData.LinkedInClientId.ToString(), ReferenceData.LinkedInApplicationUserName));
    }

    public ValueTask DisposeAsync() => database.DisposeAsync();

    [Fact]
    public async Task ConcurrentExports_EachCreateExactlyOneCandidateWithItsAuditEventAndKey()
    {
        const int callers = 40;

        var results = await Concurrently.RunAsync(callers, i => Exports.ExportAsync(linkedIn, Exported.Candidate($"PAR-{i}", c => c.Email = $"par.{i}@example.com"), $"par-key-{i}"));

        Assert.All(results, r => Assert.Equal(ExportOutcome.Created, r.Ok().Outcome));
        Assert.Equal(callers, results.Select(r => r.Ok().Candidate.Id).Distinct().Count());
        Assert.Equal(callers, await CountAsync(db => db.ExportedCandidates.CountAsync(c => c.CandidateId.StartsWith("PAR-"))));
        Assert.Equal(callers, await CountAsync(db => db.AuditEvents.CountAsync(a => a.Action == AuditActions.CandidateExported)));
        Assert.Equal(callers, await CountAsync(db => db.IdempotencyRecords.CountAsync(r => r.Key.StartsWith("par-key-"))));
    }

    [Fact]
    public async Task ExportsQueuedWhileACommitIsHeld_AreStoredTogetherInTheNextTransaction()
    {
        const int queued = 30;
        var first = await HoldFirstCommitAsync("GROUP-FIRST");
        var before = commits.Commits;

        var rest = await QueueAsync(Enumerable.Range(0, queued).Select(i => Exported.Candidate($"GROUP-{i}", c => c.Email = $"group.{i}@example.com")).ToList(), i => $"group-key-{i}");
        commits.Release();
        var results = await Task.WhenAll(rest);

        Assert.Equal(ExportOutcome.Created, (await first).Ok().Outcome);
        Assert.All(results, r => Assert.Equal(ExportOutcome.Created, r.Ok().Outcome));
        Assert.Equal(2, commits.Commits - before);
        Assert.Equal(queued + 1, await CountAsync(db => db.ExportedCandidates.CountAsync(c => c.CandidateId.StartsWith("GROUP-"))));
    }

    [Fact]
    public async Task AFailingExportInAGroup_FailsAlone_AndItsNeighboursAreStoredExactlyOnce()
    {
        // A real failure of the store for one row: SQLite aborts the statement that inserts it.
        await database.ExecuteSqlAsync("""
            CREATE TRIGGER "RefusePoison" BEFORE INSERT ON "ExportedCandidates"
            WHEN NEW."CandidateId" = 'POISON' BEGIN SELECT RAISE(ABORT, 'poisoned row'); END;
            """);
        var first = await HoldFirstCommitAsync("NEIGHBOUR-FIRST");
        var exports = Enumerable.Range(0, 20)
            .Select(i => Exported.Candidate(i == 7 ? "POISON" : $"NEIGHBOUR-{i}", c => c.Email = $"neighbour.{i}@example.com"))
            .ToList();

        var queued = await QueueAsync(exports, i => $"neighbour-key-{i}");
        commits.Release();
        await first;

        await Assert.ThrowsAnyAsync<DbUpdateException>(() => queued[7]);
        Assert.All(queued.Where((_, i) => i != 7), t => Assert.Equal(ExportOutcome.Created, t.Result.Ok().Outcome));
        Assert.Equal(20, await CountAsync(db => db.ExportedCandidates.CountAsync(c => c.CandidateId.StartsWith("NEIGHBOUR-"))));
        Assert.Equal(20, await CountAsync(db => db.AuditEvents.CountAsync(a => a.Action == AuditActions.CandidateExported)));
        Assert.Equal(0, await CountAsync(db => db.IdempotencyRecords.CountAsync(r => r.Key == "neighbour-key-7")));
    }

    [Fact]
    public async Task OneKeyThreeTimesInAGroup_IsWrittenOnceThenReplayedOrRefusedAsReused()
    {
        var first = await HoldFirstCommitAsync("HELD-BEFORE-KEYED");
        var original = Exported.Candidate("KEYED-1");

        var queued = await QueueAsync([original, Exported.Candidate("KEYED-2"), original], _ => "shared-key");
        commits.Release();
        await first;
        var results = await Task.WhenAll(queued);

        Assert.Equal((ExportOutcome.Created, false), (results[0].Ok().Outcome, results[0].Ok().Replayed));
        Assert.Equal(ProblemKind.KeyReused, results[1].Refused().Kind);
        Assert.Equal((ExportOutcome.Created, true, results[0].Ok().Candidate.Id), (results[2].Ok().Outcome, results[2].Ok().Replayed, results[2].Ok().Candidate.Id));
        Assert.Equal(1, await CountAsync(db => db.ExportedCandidates.CountAsync(c => c.CandidateId.StartsWith("KEYED-"))));
    }

    [Fact]
    public async Task Export_IsAnsweredOnlyAfterItsTransactionCommitted()
    {
        commits.Arm();
        var export = Exports.ExportAsync(linkedIn, Exported.Candidate("DURABLE-1"), "durable-key", TestContext.Current.CancellationToken);
        await commits.Reached.WaitAsync(TimeSpan.FromSeconds(30), TestContext.Current.CancellationToken);

        var answeredBeforeCommit = export.IsCompleted;
        var visibleBeforeCommit = await CountAsync(db => db.ExportedCandidates.CountAsync(c => c.CandidateId == "DURABLE-1"));
        commits.Release();
        var result = await export;

        Assert.False(answeredBeforeCommit);
        Assert.Equal(0, visibleBeforeCommit);
        Assert.Equal(ExportOutcome.Created, result.Ok().Outcome);
        Assert.Equal(1, await CountAsync(db => db.ExportedCandidates.CountAsync(c => c.Id == result.Ok().Candidate.Id)));
    }

    /// <summary>Starts one export and holds its commit, so whatever is queued next waits for the transaction after it.</summary>
    private async Task<Task<Result<ExportReceipt>>> HoldFirstCommitAsync(string candidateId)
    {
        commits.Arm();
        var first = Exports.ExportAsync(linkedIn, Exported.Candidate(candidateId), $"{candidateId}-key", TestContext.Current.CancellationToken);
        await commits.Reached.WaitAsync(TimeSpan.FromSeconds(30), TestContext.Current.CancellationToken);
        return first;
    }

    /// <summary>Queues the exports one after another, in order, and returns once all of them wait in the writer's queue.</summary>
    private async Task<List<Task<Result<ExportReceipt>>>> QueueAsync(IReadOnlyList<ExportCandidate> exports, Func<int, string> key)
    {
        using var timeout = CancellationTokenSource.CreateLinkedTokenSource(TestContext.Current.CancellationToken);
        timeout.CancelAfter(TimeSpan.FromSeconds(30));
        var tasks = new List<Task<Result<ExportReceipt>>>();
        foreach (var export in exports)
        {
            tasks.Add(Exports.ExportAsync(linkedIn, export, key(tasks.Count), TestContext.Current.CancellationToken));
            // Validation runs on the caller's side before the export joins the queue; wait until it has.
            while (Writer.Queued < tasks.Count)
            {
                await Task.Delay(5, timeout.Token);
            }
        }

        return tasks;
    }

    private async Task<int> CountAsync(Func<HireHubDbContext, Task<int>> count)
    {
        await using var db = database.CreateDbContext();
        return await count(db);
    }
}
