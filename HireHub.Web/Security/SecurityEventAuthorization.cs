using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Authorization.Policy;

namespace HireHub.Web.Security;

/// <summary>
/// Reports every page or endpoint the authorisation middleware refuses, then lets the framework answer as usual
/// (redirect to sign-in, access denied, 401, 403). API refusals are reported by the API's own middleware, which
/// sees every refused call once, whatever refused it.
/// </summary>
internal sealed class SecurityEventAuthorization(SecurityEvents events) : IAuthorizationMiddlewareResultHandler
{
    private readonly AuthorizationMiddlewareResultHandler framework = new();

    public Task HandleAsync(RequestDelegate next, HttpContext context, AuthorizationPolicy policy, PolicyAuthorizationResult authorizeResult)
    {
        if (!context.Request.Path.StartsWithSegments("/api") && (authorizeResult.Challenged || authorizeResult.Forbidden))
        {
            events.AuthorizationRefused(context, authorizeResult.Forbidden ? StatusCodes.Status403Forbidden : StatusCodes.Status401Unauthorized);
        }

        return framework.HandleAsync(next, context, policy, authorizeResult);
    }
}
