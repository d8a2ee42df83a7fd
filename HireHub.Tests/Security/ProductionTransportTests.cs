using System.Net;
using HireHub.Tests.Support;
using Microsoft.AspNetCore.Hosting;

namespace HireHub.Tests.Security;

/// <summary>In Production HireHub speaks HTTPS only: plain HTTP is redirected, and HTTPS responses carry HSTS.</summary>
public sealed class ProductionTransportTests(ProductionApp app) : IClassFixture<ProductionApp>
{
    [Fact]
    public async Task PlainHttp_InProduction_IsRedirectedToHttps()
    {
        using var client = app.CreateClient(new() { AllowAutoRedirect = false, BaseAddress = new Uri("http://hirehub.example") });

        using var response = await client.GetAsync("/health/live", TestContext.Current.CancellationToken);

        Assert.Equal(HttpStatusCode.TemporaryRedirect, response.StatusCode);
        Assert.Equal("https://hirehub.example/health/live", response.Headers.Location?.ToString());
    }

    [Fact]
    public async Task Https_InProduction_SendsHstsAndTheSecurityHeaders()
    {
        using var client = app.CreateClient(new() { AllowAutoRedirect = false, BaseAddress = new Uri("https://hirehub.example") });

        using var response = await client.GetAsync("/health/live", TestContext.Current.CancellationToken);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.StartsWith("max-age=", string.Join(",", response.Headers.GetValues("Strict-Transport-Security")), StringComparison.Ordinal);
        Assert.Equal("nosniff", string.Join(",", response.Headers.GetValues("X-Content-Type-Options")));
    }

    [Fact]
    public async Task Page_InProductionWithEntraId_AllowsTheSignOutFormToReachTheIdentityProvider()
    {
        using var client = app.CreateClient(new() { AllowAutoRedirect = false, BaseAddress = new Uri("https://hirehub.example") });

        using var response = await client.GetAsync("/health/ready", TestContext.Current.CancellationToken);

        var policy = string.Join(",", response.Headers.GetValues("Content-Security-Policy"));
        Assert.Contains("form-action 'self' https://login.microsoftonline.com;", policy, StringComparison.Ordinal);
        Assert.DoesNotContain("ws://localhost", policy, StringComparison.Ordinal);
    }
}
