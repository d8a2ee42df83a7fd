using System.Net;
using HireHub.Core.Data;
using HireHub.Core.Domain;
using HireHub.Tests.Support;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace HireHub.Tests.Web;

/// <summary>The privacy page and its downloads are for administrators only, decided on the server.</summary>
public sealed class PrivacyAuthorizationTests(HireHubAppFactory app) : IClassFixture<HireHubAppFactory>
{
    public static TheoryData<string> PrivacyPaths =>
    [
        "/admin/privacy", $"/admin/privacy/candidates/{Guid.NewGuid()}/data.json", $"/admin/privacy/workers/{Guid.NewGuid()}/data.json",
    ];

    [Theory]
    [MemberData(nameof(PrivacyPaths))]
    public async Task Privacy_WhenAnonymous_RedirectsToSignIn(string path)
    {
        using var client = app.CreateClient(new() { AllowAutoRedirect = false });

        using var response = await client.GetAsync(path, TestContext.Current.CancellationToken);

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.StartsWith("/account/sign-in", response.Headers.Location!.PathAndQuery, StringComparison.Ordinal);
    }

    [Theory]
    [MemberData(nameof(PrivacyPaths))]
    public async Task Privacy_WhenSignedInAsHr_IsForbidden(string path) => await AssertForbiddenAsync("hanna.reyes", path);

    [Theory]
    [MemberData(nameof(PrivacyPaths))]
    public async Task Privacy_WhenSignedInAsRecruiter_IsForbidden(string path) => await AssertForbiddenAsync("riya.patel", path);

    [Fact]
    public async Task PrivacyPage_ForAnAdmin_IsServed()
    {
        using var client = await app.SignedInClientAsync("sam.okoye");

        using var response = await client.GetAsync("/admin/privacy", TestContext.Current.CancellationToken);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
    }

    [Fact]
    public async Task CandidateData_ForAnAdmin_IsTheCandidatesJson_NotCached_AndAudited()
    {
        var ct = TestContext.Current.CancellationToken;
        using var client = await app.SignedInClientAsync("sam.okoye");
        var factory = app.Services.GetRequiredService<IDbContextFactory<HireHubDbContext>>();
        ExportedCandidate candidate;
        await using (var db = await factory.CreateDbContextAsync(ct))
        {
            candidate = await db.ExportedCandidates.AsNoTracking().OrderBy(c => c.CandidateId).FirstAsync(c => c.Email != null, ct);
        }

        using var response = await client.GetAsync($"/admin/privacy/candidates/{candidate.Id}/data.json", ct);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("application/json", response.Content.Headers.ContentType?.MediaType);
        Assert.True(response.Headers.CacheControl?.NoStore);
        Assert.Equal("attachment", response.Content.Headers.ContentDisposition?.DispositionType);
        Assert.Contains(candidate.Email!, await response.Content.ReadAsStringAsync(ct), StringComparison.Ordinal);
        await using (var db = await factory.CreateDbContextAsync(ct))
        {
            Assert.True(await db.AuditEvents.AnyAsync(e => e.Action == "CandidateDataExported" && e.EntityId == candidate.Id.ToString() && e.Actor == "Sam Okoye", ct));
        }

        using var unknown = await client.GetAsync($"/admin/privacy/candidates/{Guid.NewGuid()}/data.json", ct);
        Assert.Equal(HttpStatusCode.NotFound, unknown.StatusCode);
    }

    private async Task AssertForbiddenAsync(string personId, string path)
    {
        using var client = await app.SignedInClientAsync(personId);

        using var response = await client.GetAsync(path, TestContext.Current.CancellationToken);

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.StartsWith("/account/access-denied", response.Headers.Location!.PathAndQuery, StringComparison.Ordinal);
    }
}
