using HireHub.Tests.Support;
using Microsoft.AspNetCore.Hosting;

namespace HireHub.Tests.Web;

public sealed class ProductionStartupTests
{
    [Fact]
    public void App_InProductionWithoutAzureAd_RefusesToStartAndSaysWhatToConfigure()
    {
        using var app = new ProductionAppWithoutAzureAd();

        var exception = Assert.ThrowsAny<Exception>(() => app.CreateClient());

        var refusal = Assert.IsType<InvalidOperationException>(exception.GetBaseException());
        Assert.Contains("AzureAd:ClientId", refusal.Message, StringComparison.Ordinal);
        Assert.Contains("AzureAd:TenantId", refusal.Message, StringComparison.Ordinal);
    }

    private sealed class ProductionAppWithoutAzureAd : HireHubAppFactory
    {
        // Explicitly empty, so a developer's environment variables cannot make the test pass for the wrong reason.
        protected override IDictionary<string, string?> Settings => new Dictionary<string, string?>
        {
            ["AzureAd:TenantId"] = "",
            ["AzureAd:ClientId"] = "",
        };

        protected override void ConfigureWebHost(IWebHostBuilder builder)
        {
            base.ConfigureWebHost(builder);
            builder.UseEnvironment("Production");
        }
    }
}
