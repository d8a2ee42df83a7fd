using System.Net;
using System.Security.Cryptography;
using HireHub.Core.Data;
using Microsoft.EntityFrameworkCore;

namespace HireHub.Tests.Api;

/// <summary>Who may call at all: an app-only bearer token from the development signing scheme, naming its client ID.</summary>
public sealed class ApiAuthenticationTests(ApiAppFactory app) : IClassFixture<ApiAppFactory>
{
    public static TheoryData<string> Endpoints => ["/api/v1/exported-candidates", $"/api/v1/exported-candidates/{Guid.NewGuid()}", "/api/v1/metadata/exported-candidates"];

    [Theory]
    [MemberData(nameof(Endpoints))]
    public async Task Call_WithoutAToken_Returns401ProblemDetails(string path)
    {
        using var client = app.CreateClient();

        using var response = await client.GetAsync(path, TestContext.Current.CancellationToken);

        await response.ProblemAsync(HttpStatusCode.Unauthorized);
    }

    [Fact]
    public async Task Export_WithoutAToken_Returns401AndStoresNothing()
    {
        using var client = app.CreateClient();

        using var response = await client.ExportAsync(ApiCalls.Candidate("ANON-1"));

        await response.ProblemAsync(HttpStatusCode.Unauthorized);
        Assert.False(await app.InDatabaseAsync(db => db.ExportedCandidates.AnyAsync(c => c.CandidateId == "ANON-1")));
    }

    [Fact]
    public async Task Export_WithATokenSignedWithAnotherKey_Returns401()
    {
        using var response = await CallWithAsync(app.Token(azp: ApiAppFactory.LinkedInClientId, key: RandomNumberGenerator.GetBytes(32)));

        await response.ProblemAsync(HttpStatusCode.Unauthorized);
    }

    [Fact]
    public async Task Export_WithAnExpiredToken_Returns401()
    {
        using var response = await CallWithAsync(app.Token(azp: ApiAppFactory.LinkedInClientId, expires: DateTime.UtcNow.AddHours(-2)));

        await response.ProblemAsync(HttpStatusCode.Unauthorized);
    }

    [Fact]
    public async Task Export_WithATokenForAnotherAudience_Returns401()
    {
        using var response = await CallWithAsync(app.Token(azp: ApiAppFactory.LinkedInClientId, audience: "https://elsewhere.example.com"));

        await response.ProblemAsync(HttpStatusCode.Unauthorized);
    }

    [Fact]
    public async Task Export_SignedInAsAPersonWithACookie_Returns401()
    {
        using var client = await app.SignedInClientAsync("riya.patel");

        using var response = await client.ExportAsync(ApiCalls.Candidate("COOKIE-1"));

        await response.ProblemAsync(HttpStatusCode.Unauthorized);
    }

    [Fact]
    public async Task Export_WithAV1TokenNamingTheClientInAppid_IsAccepted()
    {
        using var response = await CallWithAsync(app.Token(appid: ApiAppFactory.LinkedInClientId), ApiCalls.Candidate("APPID-1"));

        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
    }

    [Fact]
    public async Task Export_WithATokenNamingNoClient_Returns403()
    {
        using var response = await CallWithAsync(app.Token());

        await response.ProblemAsync(HttpStatusCode.Forbidden);
    }

    [Fact]
    public async Task Export_WithAValidToken_IsAuditedAsTheApplicationUser()
    {
        using var response = await CallWithAsync(app.Token(azp: ApiAppFactory.LinkedInClientId), ApiCalls.Candidate("AUDIT-1"));
        var id = (await response.JsonAsync()).String("id");

        var audit = await app.InDatabaseAsync(db => db.AuditEvents.AsNoTracking().SingleAsync(a => a.EntityId == id));

        Assert.Equal(("CandidateExported", $"{ReferenceData.LinkedInApplicationUserName} on behalf of Hanna Reyes"), (audit.Action, audit.Actor));
    }

    private async Task<HttpResponseMessage> CallWithAsync(string token, System.Text.Json.Nodes.JsonObject? body = null)
    {
        using var client = app.BearerClient(token);
        return await client.ExportAsync(body ?? ApiCalls.Candidate($"TOKEN-{Guid.NewGuid():N}"));
    }
}
