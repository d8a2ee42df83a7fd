using System.Net;
using HireHub.Tests.Support;
using Microsoft.AspNetCore.Hosting;

namespace HireHub.Tests.Security;

/// <summary>In Production HireHub speaks HTTPS only: plain HTTP is redirected, and HTTPS responses carry HSTS.</summary>
public sealed class ProductionTransportTests(ProductionTransportTests.ProductionApp app) : IClassFixture<ProductionTransportTests.ProductionApp>
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

    /// <summary>Production with Entra ID settings (never contacted: nothing here signs in).</summary>
    public sealed class ProductionApp : HireHubAppFactory
    {
        protected override IDictionary<string, string?> Settings => new Dictionary<string, string?>
        {
            ["AzureAd:TenantId"] = "11111111-1111-1111-1111-111111111111",
            ["AzureAd:ClientId"] = "22222222-2222-2222-2222-222222222222",
            ["https_port"] = "443",
        };

        protected override void ConfigureWebHost(IWebHostBuilder builder)
        {
            base.ConfigureWebHost(builder);
            builder.UseEnvironment("Production");
        }
    }
}
