using System.Diagnostics;
using System.Net;
using HireHub.Core.Features.Audit;
using Microsoft.EntityFrameworkCore;

namespace HireHub.Tests.Api;

/// <summary>
/// Impossible to duplicate: many identical exports at the same moment make exactly one candidate, and a storm of
/// retries of many exports makes exactly one candidate and one idempotency record per export (reliability proof 1).
/// </summary>
public sealed class ConcurrentExportApiTests(ApiAppFactory app) : IClassFixture<ApiAppFactory>
{
    private const int Requests = 50;

    [Fact]
    public async Task FiftyConcurrentExports_WithTheSameKey_CreateExactlyOneCandidate()
    {
        using var client = app.ApiClient();
        var body = ApiCalls.Candidate("RACE-SAME-KEY");
        using var start = new SemaphoreSlim(0);

        var calls = Enumerable.Range(0, Requests).Select(async _ =>
        {
            await start.WaitAsync(TestContext.Current.CancellationToken);
            using var response = await client.ExportAsync(body, "race-key");
            return response.StatusCode;
        }).ToList();
        start.Release(Requests);
        var statuses = await Task.WhenAll(calls);

        Assert.Equal(1, await app.InDatabaseAsync(db => db.ExportedCandidates.CountAsync(c => c.CandidateId == "RACE-SAME-KEY")));
        // The first to commit creates it; every other send meets its key and replays that answer.
        Assert.All(statuses, s => Assert.Equal(HttpStatusCode.Created, s));
    }

    [Fact]
    public async Task FiftyConcurrentExports_WithDifferentKeys_CreateExactlyOneCandidateAndFindItUnchanged()
    {
        using var client = app.ApiClient();
        var body = ApiCalls.Candidate("RACE-MANY-KEYS");
        using var start = new SemaphoreSlim(0);

        var calls = Enumerable.Range(0, Requests).Select(async i =>
        {
            await start.WaitAsync(TestContext.Current.CancellationToken);
            using var response = await client.ExportAsync(body, $"race-key-{i}");
            return response.StatusCode;
        }).ToList();
        start.Release(Requests);
        var statuses = await Task.WhenAll(calls);

        Assert.Equal(1, await app.InDatabaseAsync(db => db.ExportedCandidates.CountAsync(c => c.CandidateId == "RACE-MANY-KEYS")));
        Assert.Equal(1, statuses.Count(s => s == HttpStatusCode.Created));
        Assert.Equal(Requests - 1, statuses.Count(s => s == HttpStatusCode.OK));
        var revision = await app.InDatabaseAsync(db => db.ExportedCandidates.Where(c => c.CandidateId == "RACE-MANY-KEYS").Select(c => c.Revision).SingleAsync());
        Assert.Equal(1, revision);
    }

    /// <summary>
    /// Proof 1: 50 exports, each sent 20 times with its own key (1,000 sends, 950 of them retries), shuffled with a
    /// fixed seed and 50 at a time. Every send is the first 201 or its replay, even one that races its key's first
    /// request: the key is recorded in the write's own transaction, so the later send waits for that commit (on
    /// another instance, meets the unique index and decides again) and replays it. Then the same keys with changed
    /// bodies are 422 and change nothing, and every key replays its first response byte for byte.
    /// </summary>
    [Fact]
    public async Task ThousandSends_OfFiftyExportsFiftyAtATime_StoreFiftyCandidatesAndFiftyIdempotencyRecords()
    {
        const int exports = 50, sendsEach = 20, inFlight = 50;
        var ct = TestContext.Current.CancellationToken;
        using var client = app.ApiClient();
        var bodies = Enumerable.Range(0, exports).Select(i => ApiCalls.Candidate($"STORM-{i:00}", b => b["firstName"] = $"Storm{i:00}")).ToList();
        var sends = Enumerable.Range(0, exports * sendsEach).Select(n => n % exports).ToArray();
        new Random(20261126).Shuffle(sends);
        using var gate = new SemaphoreSlim(inFlight);
        var clock = Stopwatch.StartNew();

        var answers = await Task.WhenAll(sends.Select(i => Task.Run(
            async () =>
            {
                await gate.WaitAsync(ct);
                try
                {
                    using var response = await client.ExportAsync(bodies[i], $"storm-key-{i:00}");
                    return new StormAnswer(i, response.StatusCode, response.Headers.Contains("Idempotent-Replayed"), response.Content.Headers.ContentType?.MediaType, await response.Content.ReadAsStringAsync(ct));
                }
                finally
                {
                    gate.Release();
                }
            },
            ct)));
        var stormTime = clock.Elapsed;

        Assert.All(answers, a => Assert.True(
            a.Status == HttpStatusCode.Created,
            $"Export {a.Export}: {(int)a.Status} {a.Body}"));
        foreach (var perExport in answers.Where(a => a.Status == HttpStatusCode.Created).GroupBy(a => a.Export))
        {
            Assert.Single(perExport, a => !a.Replayed);
            Assert.Single(perExport.Select(a => a.Body).Distinct());
        }

        Assert.Equal(exports, answers.Where(a => a.Status == HttpStatusCode.Created).Select(a => a.Export).Distinct().Count());
        Assert.Equal(exports, await app.InDatabaseAsync(db => db.ExportedCandidates.CountAsync(c => c.CandidateId.StartsWith("STORM-"), ct)));
        Assert.Equal(exports, await app.InDatabaseAsync(db => db.IdempotencyRecords.CountAsync(r => r.Key.StartsWith("storm-key-"), ct)));
        var stored = await app.InDatabaseAsync(db => db.ExportedCandidates.Where(c => c.CandidateId.StartsWith("STORM-")).Select(c => c.Id).ToListAsync(ct));
        var storedIds = stored.Select(id => id.ToString()).ToList();
        Assert.Equal(exports, await app.InDatabaseAsync(db => db.AuditEvents.CountAsync(e => e.Action == AuditActions.CandidateExported && storedIds.Contains(e.EntityId), ct)));

        // The same keys with another body: 422, nothing written, not even a revision.
        var before = await app.InDatabaseAsync(db => db.ExportedCandidates.Where(c => c.CandidateId.StartsWith("STORM-")).SumAsync(c => c.Revision, ct));
        var reused = await Task.WhenAll(Enumerable.Range(0, exports).Select(i => Task.Run(
            async () =>
            {
                using var response = await client.ExportAsync(ApiCalls.Candidate($"STORM-{i:00}", b => b["firstName"] = "Changed"), $"storm-key-{i:00}");
                return (response.StatusCode, response.Content.Headers.ContentType?.MediaType);
            },
            ct)));
        Assert.All(reused, r => Assert.Equal((HttpStatusCode.UnprocessableEntity, "application/problem+json"), r));
        Assert.Equal(before, await app.InDatabaseAsync(db => db.ExportedCandidates.Where(c => c.CandidateId.StartsWith("STORM-")).SumAsync(c => c.Revision, ct)));
        Assert.Equal(0, await app.InDatabaseAsync(db => db.ExportedCandidates.CountAsync(c => c.CandidateId.StartsWith("STORM-") && c.FirstName == "Changed", ct)));

        // Afterwards too, every key replays the one first response.
        var first = answers.Where(a => a.Status == HttpStatusCode.Created && !a.Replayed).ToDictionary(a => a.Export, a => a.Body);
        for (var i = 0; i < exports; i++)
        {
            using var replay = await client.ExportAsync(bodies[i], $"storm-key-{i:00}");
            Assert.Equal(HttpStatusCode.Created, replay.StatusCode);
            Assert.True(replay.Headers.Contains("Idempotent-Replayed"));
            Assert.Equal(first[i], await replay.Content.ReadAsStringAsync(ct));
        }

        TestContext.Current.TestOutputHelper?.WriteLine(
            $"Idempotency storm: {answers.Length} sends in {stormTime.TotalSeconds:0.0} s, {answers.Count(a => a.Status == HttpStatusCode.Created && !a.Replayed)} created, "
            + $"{answers.Count(a => a.Replayed)} replayed; {reused.Length} reused keys 422.");
    }

    private sealed record StormAnswer(int Export, HttpStatusCode Status, bool Replayed, string? MediaType, string Body);
}
