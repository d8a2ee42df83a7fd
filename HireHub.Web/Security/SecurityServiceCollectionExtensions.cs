using HireHub.Core;
using Microsoft.AspNetCore.Authentication.OpenIdConnect;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.DataProtection;

namespace HireHub.Web.Security;

public static class SecurityServiceCollectionExtensions
{
    /// <summary>The name every instance shares, so each can read what another protected.</summary>
    public const string ApplicationName = "HireHub";

    /// <summary>Security headers, Data Protection keys in the database, and the security event log.</summary>
    public static WebApplicationBuilder AddHireHubSecurity(this WebApplicationBuilder builder)
    {
        builder.Services.AddHireHubSecurityHeaders();
        builder.Services.AddDataProtection()
            .SetApplicationName(ApplicationName)
            .PersistKeysToHireHubDatabase(builder.Configuration);
        builder.Services.AddSingleton<SecurityEvents>();
        builder.Services.AddSingleton<IAuthorizationMiddlewareResultHandler, SecurityEventAuthorization>();
        builder.Services.AddOptions<OpenIdConnectOptions>(OpenIdConnectDefaults.AuthenticationScheme)
            .Configure<SecurityEvents>((o, events) =>
            {
                // Chained after Microsoft.Identity.Web's own handlers, which it set when the scheme was added.
                var validated = o.Events.OnTokenValidated;
                o.Events.OnTokenValidated = async context =>
                {
                    await validated(context);
                    if (context.Result is null || context.Result.Succeeded)
                    {
                        events.SignInSucceeded(context.Principal is { } user ? Authentication.ClaimsPrincipalExtensions.ToActor(user).Id : null, OpenIdConnectDefaults.AuthenticationScheme);
                    }
                };
                var failed = o.Events.OnRemoteFailure;
                o.Events.OnRemoteFailure = async context =>
                {
                    // The exception's type, not its message: an identity provider's message may name the person.
                    events.SignInFailed(OpenIdConnectDefaults.AuthenticationScheme, context.Failure?.GetType().Name ?? "remote failure");
                    await failed(context);
                };
            });
        return builder;
    }
}
