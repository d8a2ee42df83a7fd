using System.Net;
using Microsoft.EntityFrameworkCore;

namespace HireHub.Tests.Api;

/// <summary>Impossible to duplicate: many identical exports at the same moment make exactly one candidate.</summary>
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
        Assert.All(statuses, s => Assert.Contains(s, new[] { HttpStatusCode.Created, HttpStatusCode.Conflict }));
        Assert.Contains(HttpStatusCode.Created, statuses);
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
}
