using Microsoft.AspNetCore.Hosting;

namespace HireHub.Tests.Support;

/// <summary>Production with Entra ID settings (never contacted: nothing here signs in).</summary>
public class ProductionApp : HireHubAppFactory
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
