using System.Net;
using System.Text.Json.Nodes;
using HireHub.Core.Domain;
using Microsoft.EntityFrameworkCore;

namespace HireHub.Tests.Api;

/// <summary><c>POST /api/v1/exported-candidates/batch</c>: one result per item, in order; valid items stored whatever the others.</summary>
public sealed class ExportBatchApiTests(ApiAppFactory app) : IClassFixture<ApiAppFactory>
{
    private readonly HttpClient client = app.ApiClient();

    [Fact]
    public async Task Batch_WithValidAndInvalidItems_StoresTheValidOnesAndReportsEachInOrder()
    {
        JsonNode?[] items =
        [
            ApiCalls.Candidate("MIXED-1"),
            ApiCalls.Candidate("MIXED-2", c => c["email"] = "not-an-email"),
            ApiCalls.Candidate("MIXED-3"),
            null,
        ];

        using var response = await client.ExportBatchAsync(items);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var results = (await response.JsonAsync())["items"]!.AsArray();
        Assert.Equal([0, 1, 2, 3], results.Select(r => (int)r!["index"]!));
        Assert.Equal([201, 400, 201, 400], results.Select(r => (int)r!["status"]!));
        Assert.NotNull(results[0]!["id"]);
        Assert.False(results[1]!.AsObject().ContainsKey("id"));
        Assert.Equal(["email"], results[1]!.AsObject().ErrorFields());
        Assert.False(results[0]!.AsObject().ContainsKey("errors"));
        var stored = await app.InDatabaseAsync(db => db.ExportedCandidates.Where(c => c.CandidateId.StartsWith("MIXED-")).Select(c => c.CandidateId).OrderBy(c => c).ToListAsync());
        Assert.Equal(["MIXED-1", "MIXED-3"], stored);
    }

    [Fact]
    public async Task Batch_WithARevisionAndAnAlreadyHiredCandidate_ReportsUpdateAndConflictPerItem()
    {
        using var first = await client.ExportAsync(ApiCalls.Candidate("BATCH-REV"));
        using var hired = await client.ExportAsync(ApiCalls.Candidate("BATCH-HIRED"));
        var hiredId = Guid.Parse((await hired.JsonAsync()).String("id")!);
        await app.InDatabaseAsync(db => db.ExportedCandidates.Where(c => c.Id == hiredId).ExecuteUpdateAsync(s => s.SetProperty(c => c.Status, CandidateStatus.Hired)));

        using var response = await client.ExportBatchAsync([
            ApiCalls.Candidate("BATCH-REV", c => c["location"] = "Seattle, WA"),
            ApiCalls.Candidate("BATCH-HIRED", c => c["location"] = "Seattle, WA"),
            ApiCalls.Candidate("BATCH-REV", c => c["location"] = "Seattle, WA"),
        ]);

        var results = (await response.JsonAsync())["items"]!.AsArray();
        Assert.Equal([200, 409, 200], results.Select(r => (int)r!["status"]!));
        Assert.Equal(hiredId.ToString(), results[1]!.String("id"));
        var revised = await app.InDatabaseAsync(db => db.ExportedCandidates.AsNoTracking().SingleAsync(c => c.CandidateId == "BATCH-REV"));
        Assert.Equal(("Seattle, WA", 2), (revised.Location, revised.Revision));
    }

    [Fact]
    public async Task Batch_ReplayedWithTheSameKey_ReturnsTheSameResultsWithoutWriting()
    {
        JsonNode[] items = [ApiCalls.Candidate("BATCH-REPLAY-1"), ApiCalls.Candidate("BATCH-REPLAY-2", c => c.Remove("lastName"))];
        using var first = await client.ExportBatchAsync(items, "batch-replay");
        var firstBody = await first.Content.ReadAsStringAsync(TestContext.Current.CancellationToken);
        var auditsBefore = await app.InDatabaseAsync(db => db.AuditEvents.CountAsync());

        using var replay = await client.ExportBatchAsync(items, "batch-replay");

        Assert.Equal(HttpStatusCode.OK, replay.StatusCode);
        Assert.Equal(firstBody, await replay.Content.ReadAsStringAsync(TestContext.Current.CancellationToken));
        Assert.Equal(auditsBefore, await app.InDatabaseAsync(db => db.AuditEvents.CountAsync()));
    }

    [Fact]
    public async Task Batch_WithAUsedKeyAndDifferentItems_Returns422()
    {
        using var first = await client.ExportBatchAsync([ApiCalls.Candidate("BATCH-KEY-1")], "batch-key");

        using var second = await client.ExportBatchAsync([ApiCalls.Candidate("BATCH-KEY-2")], "batch-key");

        await second.ProblemAsync(HttpStatusCode.UnprocessableEntity);
    }

    [Fact]
    public async Task Batch_WithNoItems_Returns400()
    {
        using var response = await client.ExportBatchAsync([]);

        Assert.Equal(["items"], (await response.ProblemAsync(HttpStatusCode.BadRequest)).ErrorFields());
    }

    [Fact]
    public async Task Batch_WithoutAnItemsArray_Returns400()
    {
        using var response = await client.PostJsonAsync(ApiCalls.ExportsPath + "/batch", "{}", "batch-empty-object");

        Assert.Equal(["items"], (await response.ProblemAsync(HttpStatusCode.BadRequest)).ErrorFields());
    }

    [Fact]
    public async Task Batch_Of1001Items_Returns400AndStoresNothing()
    {
        var items = Enumerable.Range(0, 1001).Select(i => (JsonNode?)new JsonObject { ["candidateId"] = $"BATCH-MANY-{i}" });

        using var response = await client.ExportBatchAsync(items);

        await response.ProblemAsync(HttpStatusCode.BadRequest);
        Assert.False(await app.InDatabaseAsync(db => db.ExportedCandidates.AnyAsync(c => c.CandidateId.StartsWith("BATCH-MANY-"))));
    }

    [Fact]
    public async Task Batch_Of1000FullItems_StoresThemAll()
    {
        var items = Enumerable.Range(0, 1000).Select(i => (JsonNode?)ApiCalls.Candidate($"BATCH-FULL-{i:0000}"));

        using var response = await client.ExportBatchAsync(items);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.All((await response.JsonAsync())["items"]!.AsArray(), r => Assert.Equal(201, (int)r!["status"]!));
        Assert.Equal(1000, await app.InDatabaseAsync(db => db.ExportedCandidates.CountAsync(c => c.CandidateId.StartsWith("BATCH-FULL-"))));
    }

    [Fact]
    public async Task Batch_WithoutAnIdempotencyKey_Returns400()
    {
        using var response = await client.PostJsonAsync(ApiCalls.ExportsPath + "/batch", "{\"items\":[]}", idempotencyKey: null);

        Assert.Equal(["Idempotency-Key"], (await response.ProblemAsync(HttpStatusCode.BadRequest)).ErrorFields());
    }
}
