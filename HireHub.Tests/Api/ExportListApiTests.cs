using System.Net;
using System.Text.Json.Nodes;
using HireHub.Core.Domain;
using Microsoft.EntityFrameworkCore;

namespace HireHub.Tests.Api;

/// <summary><c>GET /api/v1/exported-candidates</c>: the caller's own records, keyset-paged, filtered by status and time.</summary>
public sealed class ExportListApiTests(ApiAppFactory app) : IClassFixture<ApiAppFactory>
{
    [Fact]
    public async Task List_PagedWhileRecordsAreAdded_ReturnsEveryRecordOnceWithoutGapsOrRepeats()
    {
        var clientId = await app.RegisterApplicationAsync(SecurityPrivileges.All);
        using var client = app.ApiClient(clientId);
        for (var i = 0; i < 12; i++)
        {
            Assert.Equal(HttpStatusCode.Created, (await client.ExportAsync(ApiCalls.Candidate($"PAGE-{i:000}"))).StatusCode);
        }

        var seen = new List<string>();
        var added = 12;
        var page = await GetAsync(client, "?limit=3");
        seen.AddRange(page["items"]!.AsArray().Select(c => c!.String("candidateId")!));
        while (page.String("nextCursor") is { } cursor)
        {
            // Another export arrives between two pages.
            Assert.Equal(HttpStatusCode.Created, (await client.ExportAsync(ApiCalls.Candidate($"PAGE-{added++:000}"))).StatusCode);
            page = await GetAsync(client, $"?limit=3&cursor={cursor}");
            seen.AddRange(page["items"]!.AsArray().Select(c => c!.String("candidateId")!));
        }

        Assert.True(added > 14, "Too few exports arrived while paging to prove anything.");
        Assert.Equal(seen.Count, seen.Distinct().Count());
        Assert.Equal(Enumerable.Range(0, added).Select(i => $"PAGE-{i:000}"), seen);
    }

    [Fact]
    public async Task List_ReturnsOnlyTheCallersOwnRecords()
    {
        var otherClientId = await app.RegisterApplicationAsync(SecurityPrivileges.All);
        using var other = app.ApiClient(otherClientId);
        await other.ExportAsync(ApiCalls.Candidate("THEIRS-1"));
        using var client = app.ApiClient();
        await client.ExportAsync(ApiCalls.Candidate("OURS-1"));

        var ids = await AllCandidateIdsAsync(client, "?limit=200");

        Assert.Contains("OURS-1", ids);
        Assert.DoesNotContain("THEIRS-1", ids);
    }

    [Fact]
    public async Task List_ByStatusAndUpdatedSince_TellsTheAtsWhichExportsWereHired()
    {
        var clientId = await app.RegisterApplicationAsync(SecurityPrivileges.All);
        using var client = app.ApiClient(clientId);
        var since = DateTimeOffset.UtcNow.AddMinutes(-1);
        using var hired = await client.ExportAsync(ApiCalls.Candidate("FILTER-HIRED"));
        await client.ExportAsync(ApiCalls.Candidate("FILTER-OPEN"));
        var hiredId = Guid.Parse((await hired.JsonAsync()).String("id")!);
        await app.InDatabaseAsync(db => db.ExportedCandidates.Where(c => c.Id == hiredId)
            .ExecuteUpdateAsync(s => s.SetProperty(c => c.Status, CandidateStatus.Hired).SetProperty(c => c.UpdatedAt, DateTimeOffset.UtcNow)));

        var hiredIds = await AllCandidateIdsAsync(client, $"?status=Hired&updatedSince={Uri.EscapeDataString(since.ToString("O"))}");
        var future = await AllCandidateIdsAsync(client, $"?updatedSince={Uri.EscapeDataString(DateTimeOffset.UtcNow.AddDays(1).ToString("O"))}");

        Assert.Equal(["FILTER-HIRED"], hiredIds);
        Assert.Empty(future);
    }

    [Fact]
    public async Task List_WithoutALimit_ReturnsAtMost50()
    {
        var clientId = await app.RegisterApplicationAsync(SecurityPrivileges.All);
        using var client = app.ApiClient(clientId);
        await client.ExportBatchAsync(Enumerable.Range(0, 55).Select(i => (JsonNode?)ApiCalls.Candidate($"DEFAULT-{i:000}")));

        var page = await GetAsync(client, "");

        Assert.Equal(50, page["items"]!.AsArray().Count);
        Assert.NotNull(page.String("nextCursor"));
    }

    [Theory]
    [InlineData("?limit=0", "limit")]
    [InlineData("?limit=201", "limit")]
    [InlineData("?limit=ten", "limit")]
    [InlineData("?status=Maybe", "status")]
    [InlineData("?updatedSince=yesterday", "updatedSince")]
    [InlineData("?cursor=not-a-cursor", "cursor")]
    public async Task List_WithAnInvalidParameter_Returns400NamingIt(string query, string field)
    {
        using var client = app.ApiClient();

        using var response = await client.GetAsync(ApiCalls.ExportsPath + query, TestContext.Current.CancellationToken);

        Assert.Equal([field], (await response.ProblemAsync(HttpStatusCode.BadRequest)).ErrorFields());
    }

    private static async Task<JsonObject> GetAsync(HttpClient client, string query)
    {
        using var response = await client.GetAsync(ApiCalls.ExportsPath + query, TestContext.Current.CancellationToken);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        return await response.JsonAsync();
    }

    private static async Task<List<string>> AllCandidateIdsAsync(HttpClient client, string query)
    {
        var ids = new List<string>();
        string? cursor = null;
        do
        {
            var page = await GetAsync(client, query + (cursor is null ? "" : $"&cursor={cursor}"));
            ids.AddRange(page["items"]!.AsArray().Select(c => c!.String("candidateId")!));
            cursor = page.String("nextCursor");
        }
        while (cursor is not null);
        return ids;
    }
}
