using System.Net;
using HireHub.Core.Domain;
using HireHub.Tests.Api;

namespace HireHub.Tests.Security;

/// <summary>
/// Proof 6: a burst of 60 concurrent calls from one caller is cut to its bucket with 429 and Retry-After while a
/// second caller keeps succeeding; an oversized batch is 413 (single bodies: ExportCandidateApiTests).
/// </summary>
public sealed class BurstLimitApiTests(BurstApiAppFactory app) : IClassFixture<BurstApiAppFactory>
{
    private const int BurstSize = 60;

    [Fact]
    public async Task Burst_FromOneCaller_Gets429WithRetryAfterWhileASecondCallerKeepsSucceeding()
    {
        var ct = TestContext.Current.CancellationToken;
        using var busy = app.ApiClient(await app.RegisterApplicationAsync(SecurityPrivileges.All));
        using var quiet = app.ApiClient(await app.RegisterApplicationAsync(SecurityPrivileges.All));

        var burst = Enumerable.Range(0, BurstSize).Select(_ => busy.GetAsync(ApiCalls.ExportsPath, ct)).ToList();
        var quietStatuses = new List<HttpStatusCode>();
        for (var i = 0; i < 5; i++)
        {
            using var response = await quiet.GetAsync(ApiCalls.ExportsPath, ct);
            quietStatuses.Add(response.StatusCode);
        }

        var responses = await Task.WhenAll(burst);
        var limited = responses.Where(r => r.StatusCode == HttpStatusCode.TooManyRequests).ToList();
        Assert.All(responses, r => Assert.Contains(r.StatusCode, new[] { HttpStatusCode.OK, HttpStatusCode.TooManyRequests }));
        Assert.InRange(limited.Count, BurstSize - 10 - 5, BurstSize - 10);
        Assert.All(limited, r => Assert.InRange(r.Headers.RetryAfter!.Delta!.Value.TotalSeconds, 1, 60));
        Assert.All(quietStatuses, s => Assert.Equal(HttpStatusCode.OK, s));
        foreach (var response in responses)
        {
            response.Dispose();
        }
    }

    [Fact]
    public async Task Batch_OverItsBodyLimit_Is413()
    {
        using var client = app.ApiClient(await app.RegisterApplicationAsync(SecurityPrivileges.All));
        var items = Enumerable.Range(0, 1000).Select(i => (System.Text.Json.Nodes.JsonNode?)ApiCalls.Candidate($"BIG-{i}", c => c["jobTitle"] = new string('x', 2100)));

        using var response = await client.ExportBatchAsync(items);

        await response.ProblemAsync(HttpStatusCode.RequestEntityTooLarge);
    }
}
