using System.Net;
using HireHub.Tests.Support;
using Microsoft.AspNetCore.Authentication.OpenIdConnect;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.TestHost;
using Microsoft.AspNetCore.WebUtilities;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using Microsoft.IdentityModel.Protocols;
using Microsoft.IdentityModel.Protocols.OpenIdConnect;

namespace HireHub.Tests.Web;

/// <summary>
/// With Entra ID, <c>/account/challenge?returnUrl=…</c> sends the person to Microsoft's sign-in and, once signed in,
/// back to where <c>returnUrl</c> said: the redirect travels inside the protected <c>state</c> parameter, so these tests
/// read it back from there. Only a path on this site may come back; anything else lands on the home page.
/// </summary>
public sealed class EntraSignInRedirectTests(EntraSignInRedirectTests.EntraApp app) : IClassFixture<EntraSignInRedirectTests.EntraApp>
{
    // As a link would carry them, percent-encoded in the query string.
    [Theory]
    [InlineData("%2F%09%2Fevil.example")]
    [InlineData("/%09/evil.example")]
    [InlineData("/%0D%0A/evil.example")]
    [InlineData("%2F%2Fevil.example")]
    [InlineData("//evil.example")]
    [InlineData("/%5Cevil.example")]
    [InlineData("/\\evil.example")]
    [InlineData("https%3A%2F%2Fevil.example%2F")]
    [InlineData("https://evil.example/")]
    [InlineData("%252F%252Fevil.example")]
    [InlineData("~%2F%2Fevil.example")]
    public async Task Challenge_WithAReturnUrlOffThisSite_ComesBackHome(string encodedReturnUrl)
    {
        Assert.Equal("/", await RedirectAfterSignInAsync(encodedReturnUrl));
    }

    [Theory]
    [InlineData("%2Fworkers%3Fsearch%3Dchen", "/workers?search=chen")]
    [InlineData("/personnel-management", "/personnel-management")]
    public async Task Challenge_WithAReturnUrlOnThisSite_ComesBackThere(string encodedReturnUrl, string expected)
    {
        Assert.Equal(expected, await RedirectAfterSignInAsync(encodedReturnUrl));
    }

    private async Task<string?> RedirectAfterSignInAsync(string encodedReturnUrl)
    {
        using var client = app.CreateClient(new() { AllowAutoRedirect = false });

        using var response = await client.GetAsync($"/account/challenge?returnUrl={encodedReturnUrl}", TestContext.Current.CancellationToken);

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        var location = response.Headers.Location!;
        Assert.Equal(EntraApp.AuthorizeEndpoint, location.GetLeftPart(UriPartial.Path));
        var state = QueryHelpers.ParseQuery(location.Query)["state"].ToString();
        var options = app.Services.GetRequiredService<IOptionsMonitor<OpenIdConnectOptions>>().Get(OpenIdConnectDefaults.AuthenticationScheme);
        return options.StateDataFormat.Unprotect(state)!.RedirectUri;
    }

    /// <summary>
    /// Development with Entra ID configured, so people sign in with Microsoft; the identity provider's metadata is
    /// given here instead of fetched, as nothing in the tests can reach login.microsoftonline.com.
    /// </summary>
    public sealed class EntraApp : HireHubAppFactory
    {
        public const string AuthorizeEndpoint = "https://login.example.invalid/tenant/oauth2/v2.0/authorize";

        protected override IDictionary<string, string?> Settings => new Dictionary<string, string?>
        {
            ["AzureAd:TenantId"] = "11111111-1111-1111-1111-111111111111",
            ["AzureAd:ClientId"] = "22222222-2222-2222-2222-222222222222",
        };

        protected override void ConfigureWebHost(IWebHostBuilder builder)
        {
            base.ConfigureWebHost(builder);
            builder.ConfigureTestServices(services => services.PostConfigure<OpenIdConnectOptions>(OpenIdConnectDefaults.AuthenticationScheme, o =>
            {
                var metadata = new OpenIdConnectConfiguration { AuthorizationEndpoint = AuthorizeEndpoint, Issuer = "https://login.example.invalid/tenant/v2.0" };
                o.Configuration = metadata;
                o.ConfigurationManager = new StaticConfigurationManager<OpenIdConnectConfiguration>(metadata);
            }));
        }
    }
}
