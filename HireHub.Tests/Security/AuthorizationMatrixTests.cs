using System.Net;
using HireHub.Core.Data;
using HireHub.Tests.Api;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace HireHub.Tests.Security;

/// <summary>
/// Proof 3 (pages, downloads and API, people and anonymous): every route the app serves is enumerated from its
/// <see cref="EndpointDataSource"/>, so a new route missing from <see cref="Expected"/> fails; each must say who may
/// use it (a role, signed in, the API policy, or anonymous on purpose), and every GET page or download is requested
/// as anonymous, HR, Recruiter and Admin and answers as its access says.
/// </summary>
public sealed class AuthorizationMatrixTests(ApiAppFactory app) : IClassFixture<ApiAppFactory>
{
    private enum Access
    {
        Anonymous,
        SignedIn,
        Hr,
        Recruiter,
        RecruiterOrHr,
        Admin,
        Api,
    }

    private static readonly Dictionary<string, Access> Expected = new(StringComparer.Ordinal)
    {
        ["/"] = Access.SignedIn,
        ["/account/sign-in"] = Access.Anonymous,
        ["/account/access-denied"] = Access.Anonymous,
        ["/account/local-sign-in"] = Access.Anonymous,
        ["/account/sign-out"] = Access.SignedIn,
        ["/error"] = Access.Anonymous,
        ["/health/live"] = Access.Anonymous,
        ["/health/ready"] = Access.Anonymous,
        ["/openapi/{documentName}.json"] = Access.Anonymous,
        ["/personnel-management"] = Access.Hr,
        ["/workers"] = Access.Hr,
        ["/workers/{PersonnelNumber}"] = Access.Hr,
        ["/exports"] = Access.RecruiterOrHr,
        ["/exports/new"] = Access.Recruiter,
        ["/admin/integrations"] = Access.Admin,
        ["/admin/integrations/{ConnectionId:guid}/health"] = Access.Admin,
        ["/admin/integrations/{ConnectionId:guid}/routing"] = Access.Admin,
        ["/admin/security-roles"] = Access.Admin,
        ["/admin/application-users"] = Access.Admin,
        ["/admin/entra-applications"] = Access.Admin,
        ["/admin/tables"] = Access.Admin,
        ["/admin/audit"] = Access.Admin,
        ["/admin/audit.csv"] = Access.Admin,
        ["/admin/privacy"] = Access.Admin,
        ["/admin/privacy/candidates/{id:guid}/data.json"] = Access.Admin,
        ["/admin/privacy/workers/{id:guid}/data.json"] = Access.Admin,
        ["/api/v1/exported-candidates/"] = Access.Api,
        ["/api/v1/exported-candidates/batch"] = Access.Api,
        ["/api/v1/exported-candidates/dry-run"] = Access.Api,
        ["/api/v1/exported-candidates/{id:guid}"] = Access.Api,
        ["/api/v1/metadata/exported-candidates"] = Access.Api,
    };

    private static readonly string[] People = ["hanna.reyes", "riya.patel", "sam.okoye"];

    [Fact]
    public void EveryRoute_IsListedAndDeclaresWhoMayUseIt()
    {
        var routes = AppRoutes();
        var unlisted = routes.Where(r => !Expected.ContainsKey(Normalize(r.Template))).Select(r => r.Template).ToList();
        Assert.True(unlisted.Count == 0, "Routes with no expected access (add them to Expected, with a policy): " + string.Join(", ", unlisted));

        foreach (var (template, endpoint) in routes)
        {
            var access = Expected[Normalize(template)];
            var anonymous = endpoint.Metadata.GetMetadata<IAllowAnonymous>() is not null;
            var authorize = endpoint.Metadata.GetOrderedMetadata<IAuthorizeData>();
            Assert.True(access == Access.Anonymous ? anonymous : !anonymous && authorize.Count > 0, $"{template}: expected {access}");
            var roles = string.Join(",", authorize.Select(a => a.Roles ?? a.Policy).Where(r => r is not null));
            Assert.True(access switch
            {
                Access.Hr => roles == "HR",
                Access.Recruiter => roles == "Recruiter",
                Access.RecruiterOrHr => roles == "Recruiter,HR",
                Access.Admin => roles == "Admin",
                Access.Api => roles == "HireHubApi",
                _ => true,
            }, $"{template}: expected {access}, declares '{roles}'");
        }

        Assert.Equal(Expected.Count, routes.Select(r => Normalize(r.Template)).Distinct().Count());
    }

    [Fact]
    public async Task EveryPageAndDownload_AnswersEachPersonAsItsAccessSays()
    {
        var ct = TestContext.Current.CancellationToken;
        var checkedCount = 0;
        // The downloads need a real person: the demo data's first candidate and first worker.
        await using (var db = await app.Services.GetRequiredService<IDbContextFactory<HireHubDbContext>>().CreateDbContextAsync(ct))
        {
            candidateId = (await db.ExportedCandidates.OrderBy(c => c.ReceivedAt).FirstAsync(ct)).Id;
            workerId = (await db.Workers.OrderBy(w => w.PersonnelNumber).FirstAsync(ct)).Id;
        }

        var pages = AppRoutes().Where(r => !r.Template.StartsWith("/api", StringComparison.Ordinal) && Accepts(r.Endpoint, HttpMethods.Get)).ToList();
        foreach (var person in People.Cast<string?>().Prepend(null))
        {
            using var client = person is null ? app.CreateClient(new() { AllowAutoRedirect = false }) : await app.SignedInClientAsync(person);
            foreach (var (template, _) in pages)
            {
                using var response = await client.GetAsync(Sample(template), ct);
                var outcome = response.StatusCode == HttpStatusCode.Redirect
                    ? response.Headers.Location!.OriginalString.Contains("/account/sign-in", StringComparison.Ordinal) ? 401
                    : response.Headers.Location.OriginalString.Contains("/account/access-denied", StringComparison.Ordinal) ? 403 : 302
                    : (int)response.StatusCode;
                Assert.True(ExpectedStatus(Expected[Normalize(template)], person) == outcome, $"{template} as {person ?? "anonymous"}: {outcome}");
                checkedCount++;
            }
        }

        Assert.Equal(pages.Count * 4, checkedCount);
    }

    private static int ExpectedStatus(Access access, string? person) => (access, person) switch
    {
        (Access.Anonymous, _) => 200,
        (_, null) => 401,
        (Access.SignedIn, _) => 200,
        (Access.Hr, "hanna.reyes") or (Access.Recruiter, "riya.patel") or (Access.Admin, "sam.okoye") => 200,
        (Access.RecruiterOrHr, "hanna.reyes" or "riya.patel") => 200,
        _ => 403,
    };

    private List<(string Template, RouteEndpoint Endpoint)> AppRoutes() =>
        [.. app.Services.GetRequiredService<EndpointDataSource>().Endpoints.OfType<RouteEndpoint>()
            .Select(e => ("/" + (e.RoutePattern.RawText ?? "").TrimStart('/'), e))
            .Where(r => !IsFramework(r.Item1, r.e))
            .DistinctBy(r => r.Item1)];

    // Blazor's own hub and scripts, static files and the API reference's assets: public by design, no data behind them.
    private static bool IsFramework(string template, RouteEndpoint endpoint) =>
        template.StartsWith("/_blazor", StringComparison.Ordinal)
        || template.StartsWith("/_framework", StringComparison.Ordinal)
        || template.StartsWith("/scalar", StringComparison.Ordinal)
        || endpoint.Metadata.Any(m => m.GetType().Name == "StaticAssetDescriptor")
        || endpoint.DisplayName?.Contains("Fallback", StringComparison.Ordinal) == true;

    private static bool Accepts(RouteEndpoint endpoint, string method) =>
        endpoint.Metadata.GetMetadata<IHttpMethodMetadata>()?.HttpMethods.Contains(method) != false;

    private static string Normalize(string template) => template;

    private Guid candidateId;
    private Guid workerId;

    private string Sample(string template) => template
        .Replace("/candidates/{id:guid}", $"/candidates/{candidateId}", StringComparison.Ordinal)
        .Replace("/workers/{id:guid}", $"/workers/{workerId}", StringComparison.Ordinal)
        .Replace("{ConnectionId:guid}", "9b8c6b4e-63fc-4c32-9d58-43b1ff0f7b55", StringComparison.Ordinal)
        .Replace("{PersonnelNumber}", "000001", StringComparison.Ordinal)
        .Replace("{documentName}", "v1", StringComparison.Ordinal);
}
