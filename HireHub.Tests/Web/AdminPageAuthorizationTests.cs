using System.Net;
using HireHub.Tests.Support;

namespace HireHub.Tests.Web;

/// <summary>The admin pages and the audit log download are for the Admin role only, decided on the server.</summary>
public sealed class AdminPageAuthorizationTests(HireHubAppFactory app) : IClassFixture<HireHubAppFactory>
{
    public static TheoryData<string> AdminPages =>
    [
        "/admin/integrations", "/admin/security-roles", "/admin/application-users", "/admin/entra-applications",
        "/admin/tables", "/admin/audit", $"/admin/integrations/{Guid.NewGuid()}/health", $"/admin/integrations/{Guid.NewGuid()}/routing", "/admin/audit.csv",
        "/admin/integration-log",
    ];

    [Theory]
    [MemberData(nameof(AdminPages))]
    public async Task AdminPage_WhenAnonymous_RedirectsToSignIn(string path)
    {
        using var client = app.CreateClient(new() { AllowAutoRedirect = false });

        using var response = await client.GetAsync(path, TestContext.Current.CancellationToken);

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.StartsWith("/account/sign-in", response.Headers.Location!.PathAndQuery, StringComparison.Ordinal);
    }

    [Theory]
    [MemberData(nameof(AdminPages))]
    public async Task AdminPage_WhenSignedInAsHr_IsForbidden(string path) => await AssertForbiddenAsync("hanna.reyes", path);

    [Theory]
    [MemberData(nameof(AdminPages))]
    public async Task AdminPage_WhenSignedInAsRecruiter_IsForbidden(string path) => await AssertForbiddenAsync("riya.patel", path);

    [Theory]
    [MemberData(nameof(AdminPages))]
    public async Task AdminPage_WhenSignedInAsAdmin_IsServed(string path)
    {
        using var client = await app.SignedInClientAsync("sam.okoye");

        using var response = await client.GetAsync(path, TestContext.Current.CancellationToken);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
    }

    [Fact]
    public async Task AuditCsv_ForAnAdmin_IsCsvWithAHeaderRow()
    {
        using var client = await app.SignedInClientAsync("sam.okoye");

        using var response = await client.GetAsync("/admin/audit.csv", TestContext.Current.CancellationToken);

        Assert.Equal("text/csv", response.Content.Headers.ContentType?.MediaType);
        var csv = await response.Content.ReadAsStringAsync(TestContext.Current.CancellationToken);
        Assert.StartsWith("OccurredAt,Actor,Action,Record,RecordId,Before,After", csv, StringComparison.Ordinal);
    }

    private async Task AssertForbiddenAsync(string personId, string path)
    {
        using var client = await app.SignedInClientAsync(personId);

        using var response = await client.GetAsync(path, TestContext.Current.CancellationToken);

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.StartsWith("/account/access-denied", response.Headers.Location!.PathAndQuery, StringComparison.Ordinal);
    }
}
