using System.Security.Claims;
using Microsoft.AspNetCore.Antiforgery;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authentication.Cookies;
using Microsoft.AspNetCore.Authentication.OpenIdConnect;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Identity.Web;

namespace HireHub.Web.Authentication;

public static class AuthenticationSetup
{
    public const string SignInPath = "/account/sign-in";
    public const string AccessDeniedPath = "/account/access-denied";

    /// <summary>True when people sign in with the local demo page rather than Entra ID.</summary>
    public static bool UsesLocalSignIn(IConfiguration configuration, IHostEnvironment environment) =>
        string.IsNullOrWhiteSpace(configuration["AzureAd:ClientId"]) && environment.IsDevelopment();

    /// <summary>
    /// The people who sign in, for Core's people table: the demo people with the local sign-in, otherwise the
    /// <c>People</c> section of the configuration (<c>People:0:Id</c>, <c>Name</c>, <c>Email</c>, <c>Roles</c> as "HR,Admin", <c>LegalEntities</c> as "USMF,USRT" or empty for all).
    /// </summary>
    public static IReadOnlyList<Core.Domain.HireHubPerson> PeopleWhoSignIn(IConfiguration configuration, IHostEnvironment environment) =>
        UsesLocalSignIn(configuration, environment)
            ? DemoPeople.AsHireHubPeople()
            : [.. configuration.GetSection("People").GetChildren()
                .Where(p => !string.IsNullOrWhiteSpace(p["Id"]))
                .Select(p => new Core.Domain.HireHubPerson { Id = p["Id"]!, Name = p["Name"] ?? p["Id"]!, Email = p["Email"], Roles = p["Roles"] ?? "", LegalEntityIds = p["LegalEntities"] ?? "" })];

    /// <summary>
    /// Entra ID (OpenID Connect, app roles in the <c>roles</c> claim) when <c>AzureAd</c> is configured;
    /// otherwise, in Development only, a cookie sign-in with the demo people. Production without Entra ID
    /// refuses to start rather than run with no way to sign in.
    /// </summary>
    public static void AddHireHubAuthentication(this WebApplicationBuilder builder)
    {
        var azureAd = builder.Configuration.GetSection("AzureAd");
        if (!string.IsNullOrWhiteSpace(azureAd["ClientId"]))
        {
            builder.Services.AddAuthentication(OpenIdConnectDefaults.AuthenticationScheme)
                .AddMicrosoftIdentityWebApp(azureAd);
            builder.Services.Configure<OpenIdConnectOptions>(OpenIdConnectDefaults.AuthenticationScheme, o => o.TokenValidationParameters.RoleClaimType = "roles");
            builder.Services.Configure<CookieAuthenticationOptions>(CookieAuthenticationDefaults.AuthenticationScheme, o => o.AccessDeniedPath = AccessDeniedPath);
        }
        else if (builder.Environment.IsDevelopment())
        {
            builder.Services.AddAuthentication(CookieAuthenticationDefaults.AuthenticationScheme)
                .AddCookie(o =>
                {
                    o.LoginPath = SignInPath;
                    o.AccessDeniedPath = AccessDeniedPath;
                    o.Cookie.Name = "HireHub.SignIn";
                    o.Cookie.HttpOnly = true;
                    o.Cookie.SameSite = SameSiteMode.Lax;
                });
        }
        else
        {
            throw new InvalidOperationException(
                "HireHub cannot start: sign-in is not configured. Outside Development, people sign in with Entra ID: "
                + "set AzureAd:TenantId and AzureAd:ClientId (appsettings.json or the environment variables AzureAd__TenantId "
                + "and AzureAd__ClientId). The local demo sign-in exists only with ASPNETCORE_ENVIRONMENT=Development.");
        }

        builder.Services.AddAuthorizationBuilder()
            .AddPolicy(HireHubRoles.HR, p => p.RequireRole(HireHubRoles.HR))
            .AddPolicy(HireHubRoles.Recruiter, p => p.RequireRole(HireHubRoles.Recruiter))
            .AddPolicy(HireHubRoles.Admin, p => p.RequireRole(HireHubRoles.Admin));
        builder.Services.AddCascadingAuthenticationState();
    }

    public static void MapHireHubAccountEndpoints(this WebApplication app)
    {
        var account = app.MapGroup("/account");
        if (UsesLocalSignIn(app.Configuration, app.Environment))
        {
            account.MapPost("/local-sign-in", async (HttpContext http, Security.SecurityEvents events, [FromForm] string personId, [FromForm] string? returnUrl) =>
            {
                if (DemoPeople.Find(personId) is not { } person)
                {
                    // What was typed is not logged: it may be anything, a name included.
                    events.SignInFailed(CookieAuthenticationDefaults.AuthenticationScheme, "unknown person");
                    return Results.Redirect(SignInPath);
                }

                var claims = new List<Claim>
                {
                    new(ClaimTypes.NameIdentifier, person.Id),
                    new(ClaimTypes.Name, person.Name),
                    new(ClaimTypes.Email, person.Email),
                };
                claims.AddRange(person.Roles.Select(role => new Claim(ClaimTypes.Role, role)));
                var identity = new ClaimsIdentity(claims, CookieAuthenticationDefaults.AuthenticationScheme);
                await http.SignInAsync(CookieAuthenticationDefaults.AuthenticationScheme, new ClaimsPrincipal(identity));
                events.SignInSucceeded(person.Id, CookieAuthenticationDefaults.AuthenticationScheme);
                return Results.LocalRedirect(LocalReturnUrl(returnUrl));
            }).AllowAnonymous();
        }

        else
        {
            account.MapGet("/challenge", (string? returnUrl) => Results.Challenge(
                new AuthenticationProperties { RedirectUri = LocalReturnUrl(returnUrl) },
                [OpenIdConnectDefaults.AuthenticationScheme])).AllowAnonymous();
        }

        // The form carries no fields, so the framework would not check its antiforgery token by itself;
        // without the check any other site could sign a person out.
        account.MapPost("/sign-out", async (HttpContext http, IAntiforgery antiforgery) =>
        {
            if (!await antiforgery.IsRequestValidAsync(http))
            {
                return Results.BadRequest();
            }

            await http.SignOutAsync(CookieAuthenticationDefaults.AuthenticationScheme);
            if (!UsesLocalSignIn(app.Configuration, app.Environment))
            {
                await http.SignOutAsync(OpenIdConnectDefaults.AuthenticationScheme, new AuthenticationProperties { RedirectUri = "/" });
                return Results.Empty;
            }

            return Results.LocalRedirect(SignInPath);
        }).RequireAuthorization();
    }

    /// <summary>
    /// Where a sign-in may send the person afterwards: <paramref name="url"/> when it stays on this site, else home.
    /// The framework's own check (the one <c>LocalRedirect</c> and <c>Url.IsLocalUrl</c> apply) also refuses what a
    /// hand-written prefix test let through: a tab or line break after the slash (<c>/%09/evil.example</c>), which
    /// browsers drop on their way to <c>//evil.example</c>. An app-relative <c>~/</c> path loses its tilde, since the
    /// identity provider's redirect back does not resolve it.
    /// </summary>
    public static string LocalReturnUrl(string? url) =>
        RedirectHttpResult.IsLocalUrl(url) ? (url![0] == '~' ? url[1..] : url) : "/";
}
