using System.Net;
using System.Text.RegularExpressions;
using HireHub.Tests.Api;
using HireHub.Tests.Support;

namespace HireHub.Tests.Security;

/// <summary>Every response carries the browser protections; pages and API responses are never cached.</summary>
public sealed class SecurityHeadersTests(ApiAppFactory app) : IClassFixture<ApiAppFactory>
{
    public static TheoryData<string> Responses =>
    [
        "/account/sign-in", "/personnel-management", "/api/v1/exported-candidates", "/health/live", "/no-such-page", "/openapi/v1.json",
    ];

    [Theory]
    [MemberData(nameof(Responses))]
    public async Task Response_CarriesThePolicyNoSniffNoFramingAndNoStore(string path)
    {
        using var client = app.CreateClient(new() { AllowAutoRedirect = false });

        using var response = await client.GetAsync(path, TestContext.Current.CancellationToken);

        var policy = Header(response, "Content-Security-Policy");
        Assert.Contains("frame-ancestors 'none'", policy, StringComparison.Ordinal);
        Assert.Contains("object-src 'none'", policy, StringComparison.Ordinal);
        Assert.DoesNotContain("unsafe-eval", policy, StringComparison.Ordinal);
        Assert.Equal("nosniff", Header(response, "X-Content-Type-Options"));
        Assert.Equal("DENY", Header(response, "X-Frame-Options"));
        Assert.Equal("strict-origin-when-cross-origin", Header(response, "Referrer-Policy"));
        Assert.True(response.Headers.CacheControl?.NoStore, $"Cache-Control: {response.Headers.CacheControl}");
    }

    [Fact]
    public async Task Page_AllowsOnlyScriptsFromItsOriginAndTheImportMapWithThisResponsesNonce()
    {
        using var client = app.CreateClient();

        using var first = await client.GetAsync("/account/sign-in", TestContext.Current.CancellationToken);
        using var second = await client.GetAsync("/account/sign-in", TestContext.Current.CancellationToken);

        var policy = Header(first, "Content-Security-Policy");
        var nonce = Regex.Match(policy, "script-src 'self' 'nonce-([^']+)';").Groups[1].Value;
        Assert.NotEmpty(nonce);
        Assert.DoesNotContain("'unsafe-inline'", policy.Split(';').Single(d => d.Trim().StartsWith("script-src", StringComparison.Ordinal)), StringComparison.Ordinal);
        var html = await first.Content.ReadAsStringAsync(TestContext.Current.CancellationToken);
        Assert.Matches($"<script type=\"importmap\" nonce=\"{Regex.Escape(nonce)}\"", html);
        Assert.DoesNotContain(nonce, Header(second, "Content-Security-Policy"), StringComparison.Ordinal);
    }

    [Fact]
    public async Task StaticAsset_KeepsItsOwnCaching()
    {
        using var client = app.CreateClient();

        using var response = await client.GetAsync("/favicon.svg", TestContext.Current.CancellationToken);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.False(response.Headers.CacheControl?.NoStore ?? false);
        Assert.Equal("nosniff", Header(response, "X-Content-Type-Options"));
    }

    [Fact]
    public async Task ApiReference_GetsItsOwnPolicyStillWithoutEvalOrFraming()
    {
        using var client = app.CreateClient();

        using var response = await client.GetAsync("/scalar", TestContext.Current.CancellationToken);

        var policy = Header(response, "Content-Security-Policy");
        Assert.Contains("script-src 'self' 'unsafe-inline'", policy, StringComparison.Ordinal);
        Assert.Contains("frame-ancestors 'none'", policy, StringComparison.Ordinal);
        Assert.DoesNotContain("unsafe-eval", policy, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Development_NeitherRedirectsToHttpsNorSendsHsts()
    {
        using var client = app.CreateClient(new() { AllowAutoRedirect = false, BaseAddress = new Uri("http://localhost") });

        using var response = await client.GetAsync("/account/sign-in", TestContext.Current.CancellationToken);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.False(response.Headers.Contains("Strict-Transport-Security"));
    }

    private static string Header(HttpResponseMessage response, string name) =>
        response.Headers.TryGetValues(name, out var values) ? string.Join(",", values) : throw new Xunit.Sdk.XunitException($"{name} is missing on {response.RequestMessage?.RequestUri}.");
}
