namespace HireHub.Tests.Web;

/// <summary>Production with no Entra ID settings, which the app must refuse to start with.</summary>
public sealed class ProductionAppWithoutAzureAd : ProductionApp
{
    // Explicitly empty, so a developer's environment variables cannot make the test pass for the wrong reason.
    protected override IDictionary<string, string?> Settings => new Dictionary<string, string?>
    {
        ["AzureAd:TenantId"] = "",
        ["AzureAd:ClientId"] = "",
    };
}
