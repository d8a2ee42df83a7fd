using System.Net;
using HireHub.Core.Domain;
using Microsoft.EntityFrameworkCore;

namespace HireHub.Tests.Api;

/// <summary>More than the configured rate per caller: 429 with Retry-After, while other callers carry on.</summary>
public sealed class RateLimitApiTests(SlowApiAppFactory app) : IClassFixture<SlowApiAppFactory>
{
    [Fact]
    public async Task Caller_OverItsRate_Gets429WithRetryAfterWhileAnotherCallerKeepsSucceeding()
    {
        var busyClientId = await app.RegisterApplicationAsync(SecurityPrivileges.All);
        var quietClientId = await app.RegisterApplicationAsync(SecurityPrivileges.All);
        using var busy = app.ApiClient(busyClientId);
        using var quiet = app.ApiClient(quietClientId);

        using var first = await busy.GetAsync(ApiCalls.ExportsPath, TestContext.Current.CancellationToken);
        using var second = await busy.ExportAsync(ApiCalls.Candidate("RATE-1"));
        using var third = await busy.ExportAsync(ApiCalls.Candidate("RATE-2"));
        using var others = await quiet.ExportAsync(ApiCalls.Candidate("RATE-3"));

        Assert.Equal((HttpStatusCode.OK, HttpStatusCode.Created), (first.StatusCode, second.StatusCode));
        await third.ProblemAsync(HttpStatusCode.TooManyRequests);
        var retryAfter = third.Headers.RetryAfter!.Delta!.Value;
        Assert.InRange(retryAfter.TotalSeconds, 1, 100);
        Assert.Equal(HttpStatusCode.Created, others.StatusCode);
        Assert.False(await app.InDatabaseAsync(db => db.ExportedCandidates.AnyAsync(c => c.CandidateId == "RATE-2")));
        Assert.True(await app.InDatabaseAsync(db => db.IntegrationLog.AnyAsync(e => e.Caller == busyClientId && e.StatusCode == 429)));
    }
}
