using System.Security.Claims;
using Microsoft.AspNetCore.Authentication.JwtBearer;
using Microsoft.Identity.Web;

namespace HireHub.Web.Api;

/// <summary>
/// Applications call the API with an app-only bearer token, on a scheme of their own beside the people's
/// cookie and OpenID Connect sign-in. Outside Development, Microsoft.Identity.Web validates Entra ID tokens
/// (the <c>AzureAd</c> section, which people's sign-in already requires there). In Development, tokens made
/// with <c>dotnet user-jwts</c> are accepted: its signing key lives in the user secrets and its issuer and
/// audiences in <c>appsettings.Development.json</c>, under <c>Authentication:Schemes:Bearer</c>.
/// </summary>
public static class ApiAuthentication
{
    public const string Policy = "HireHubApi";

    /// <summary>The scheme <c>dotnet user-jwts</c> writes its settings for.</summary>
    public const string DevelopmentScheme = JwtBearerDefaults.AuthenticationScheme;

    public const string EntraScheme = "EntraApi";

    public static void AddHireHubApiAuthentication(this WebApplicationBuilder builder)
    {
        string scheme;
        if (builder.Environment.IsDevelopment())
        {
            // Claims keep their JWT names (azp, appid), as the registry looks them up.
            builder.Services.AddAuthentication().AddJwtBearer(DevelopmentScheme, o => o.MapInboundClaims = false);
            scheme = DevelopmentScheme;
        }
        else
        {
            builder.Services.AddAuthentication().AddMicrosoftIdentityWebApi(builder.Configuration.GetSection("AzureAd"), jwtBearerScheme: EntraScheme);
            builder.Services.Configure<JwtBearerOptions>(EntraScheme, o => o.MapInboundClaims = false);
            scheme = EntraScheme;
        }

        builder.Services.AddAuthorizationBuilder()
            .AddPolicy(Policy, p => p.AddAuthenticationSchemes(scheme).RequireAuthenticatedUser());
    }

    /// <summary>The calling application's client ID: <c>azp</c> in v2 tokens, <c>appid</c> in v1 tokens.</summary>
    public static string? ClientIdOf(ClaimsPrincipal user) =>
        user.FindFirstValue("azp") ?? user.FindFirstValue("appid");
}
