using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;

namespace HireHub.Tests.Security;

/// <summary>
/// Proof 3's rows: every method of every route the app serves, as "METHOD /template" ("ANY" for a route that takes
/// every method, requested with GET). <see cref="Enumerate"/> reads them from the app's <see cref="EndpointDataSource"/>;
/// the matrix tests fail when the two differ, so a new route or method cannot go untested.
/// </summary>
public static class RouteMatrix
{
    private static readonly RouteRule Page = new(Access.Anonymous, 200);
    private static readonly RouteRule FormPost = new(Access.Anonymous, 400);

    public static readonly IReadOnlyDictionary<string, RouteRule> Expected = new Dictionary<string, RouteRule>(StringComparer.Ordinal)
    {
        ["GET /"] = Page with { Access = Access.SignedIn },
        ["POST /"] = FormPost with { Access = Access.SignedIn },
        ["GET /account/sign-in"] = Page,
        ["POST /account/sign-in"] = FormPost,
        ["GET /account/access-denied"] = Page,
        ["POST /account/access-denied"] = FormPost,
        ["POST /account/local-sign-in"] = FormPost,
        ["POST /account/sign-out"] = FormPost with { Access = Access.SignedIn },
        ["POST /culture"] = FormPost,
        ["GET /error"] = Page,
        ["POST /error"] = FormPost,
        ["ANY /health/live"] = Page,
        ["ANY /health/ready"] = Page,
        ["GET /openapi/{documentName}.json"] = Page,
        // Hire selected (bulk hire) is on this page, dismiss after a hire on a worker's: both HR's alone, as their pages are.
        ["GET /personnel-management"] = Page with { Access = Access.Hr },
        ["POST /personnel-management"] = FormPost with { Access = Access.Hr },
        ["GET /workers"] = Page with { Access = Access.Hr },
        ["POST /workers"] = FormPost with { Access = Access.Hr },
        ["GET /workers/{PersonnelNumber}"] = Page with { Access = Access.Hr },
        ["POST /workers/{PersonnelNumber}"] = FormPost with { Access = Access.Hr },
        ["GET /onboarding"] = Page with { Access = Access.Hr },
        ["POST /onboarding"] = FormPost with { Access = Access.Hr },
        ["GET /onboarding/checklists"] = Page with { Access = Access.HrOrAdmin },
        ["POST /onboarding/checklists"] = FormPost with { Access = Access.HrOrAdmin },
        ["GET /exports"] = Page with { Access = Access.RecruiterOrHr },
        ["POST /exports"] = FormPost with { Access = Access.RecruiterOrHr },
        ["GET /exports/new"] = Page with { Access = Access.Recruiter },
        ["GET /exports/csv-template"] = Page with { Access = Access.Recruiter },
        ["POST /exports/new"] = FormPost with { Access = Access.Recruiter },
        ["GET /admin/integrations"] = Page with { Access = Access.Admin },
        ["POST /admin/integrations"] = FormPost with { Access = Access.Admin },
        ["GET /admin/connect-ats"] = Page with { Access = Access.Admin },
        ["POST /admin/connect-ats"] = FormPost with { Access = Access.Admin },
        ["GET /admin/connect-ats/{ConnectionId:guid}"] = Page with { Access = Access.Admin },
        ["POST /admin/connect-ats/{ConnectionId:guid}"] = FormPost with { Access = Access.Admin },
        ["GET /admin/integrations/{ConnectionId:guid}/health"] = Page with { Access = Access.Admin },
        ["POST /admin/integrations/{ConnectionId:guid}/health"] = FormPost with { Access = Access.Admin },
        ["GET /admin/integrations/{ConnectionId:guid}/routing"] = Page with { Access = Access.Admin },
        ["POST /admin/integrations/{ConnectionId:guid}/routing"] = FormPost with { Access = Access.Admin },
        ["GET /admin/security-roles"] = Page with { Access = Access.Admin },
        ["POST /admin/security-roles"] = FormPost with { Access = Access.Admin },
        ["GET /admin/application-users"] = Page with { Access = Access.Admin },
        ["POST /admin/application-users"] = FormPost with { Access = Access.Admin },
        ["GET /admin/entra-applications"] = Page with { Access = Access.Admin },
        ["POST /admin/entra-applications"] = FormPost with { Access = Access.Admin },
        ["GET /admin/tables"] = Page with { Access = Access.Admin },
        ["POST /admin/tables"] = FormPost with { Access = Access.Admin },
        ["GET /admin/integration-log"] = Page with { Access = Access.Admin },
        ["POST /admin/integration-log"] = FormPost with { Access = Access.Admin },
        ["GET /admin/audit"] = Page with { Access = Access.Admin },
        ["POST /admin/audit"] = FormPost with { Access = Access.Admin },
        ["GET /admin/audit.csv"] = Page with { Access = Access.Admin },
        ["GET /admin/privacy"] = Page with { Access = Access.Admin },
        ["POST /admin/privacy"] = FormPost with { Access = Access.Admin },
        ["GET /admin/privacy/candidates/{id:guid}/data.json"] = Page with { Access = Access.Admin },
        ["GET /admin/privacy/workers/{id:guid}/data.json"] = Page with { Access = Access.Admin },

        // The API: what a fully registered application gets with the request MatrixApp.RequestFor sends.
        ["POST /api/v1/exported-candidates/"] = new(Access.Api, 400), // its body fails validation, so nothing is stored
        ["POST /api/v1/exported-candidates/batch"] = new(Access.Api, 200), // one invalid item: 200 with that item's 400
        ["POST /api/v1/exported-candidates/dry-run"] = new(Access.Api, 200),
        ["GET /api/v1/exported-candidates/"] = new(Access.Api, 200),
        ["GET /api/v1/exported-candidates/{id:guid}"] = new(Access.Api, 200),
        ["GET /api/v1/metadata/exported-candidates"] = new(Access.Api, 200),
    };

    /// <summary>Every "METHOD /template" the app serves, with its endpoint, but the framework's own (see <see cref="IsFramework"/>).</summary>
    public static IReadOnlyList<(string Route, RouteEndpoint Endpoint)> Enumerate(IServiceProvider services) =>
        [.. services.GetRequiredService<EndpointDataSource>().Endpoints.OfType<RouteEndpoint>()
            .Where(e => !IsFramework(e))
            .SelectMany(e => (e.Metadata.GetMetadata<IHttpMethodMetadata>()?.HttpMethods ?? ["ANY"])
                .Select(method => ($"{method} /{(e.RoutePattern.RawText ?? "").TrimStart('/')}", e)))
            .DistinctBy(r => r.Item1)];

    /// <summary>The authorisation the endpoint declares, in the words of <see cref="Expected"/>; null when it declares none.</summary>
    public static Access? Declared(RouteEndpoint endpoint)
    {
        if (endpoint.Metadata.GetMetadata<IAllowAnonymous>() is not null)
        {
            return Access.Anonymous;
        }

        var authorize = endpoint.Metadata.GetOrderedMetadata<IAuthorizeData>();
        return authorize.Count == 0 ? null : string.Join(",", authorize.Select(a => a.Roles ?? a.Policy).OfType<string>()) switch
        {
            "" => Access.SignedIn,
            "HR" => Access.Hr,
            "Recruiter" => Access.Recruiter,
            "Recruiter,HR" => Access.RecruiterOrHr,
            "Admin" => Access.Admin,
            "HR,Admin" => Access.HrOrAdmin,
            "HireHubApi" => Access.Api,
            var other => throw new InvalidOperationException($"{endpoint.DisplayName} declares '{other}', which the matrix does not know."),
        };
    }

    // Blazor's own hub and scripts, static files and the API reference's assets: public by design, no data behind them.
    private static bool IsFramework(RouteEndpoint endpoint) =>
        endpoint.RoutePattern.RawText is { } raw && (raw.TrimStart('/').StartsWith("_blazor", StringComparison.Ordinal)
            || raw.TrimStart('/').StartsWith("_framework", StringComparison.Ordinal)
            || raw.TrimStart('/').StartsWith("scalar", StringComparison.Ordinal))
        || endpoint.Metadata.Any(m => m.GetType().Name == "StaticAssetDescriptor")
        || endpoint.DisplayName?.Contains("Fallback", StringComparison.Ordinal) == true;
}
