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
}
