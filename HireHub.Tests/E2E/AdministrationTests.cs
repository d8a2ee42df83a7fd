using System.Net;
using HireHub.Core.Data;
using HireHub.Tests.Api;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace HireHub.Tests.E2E;

/// <summary>An administrator's path: the Integrations page, the setup health check, unlinking and linking an ATS.</summary>
public sealed class AdministrationTests(ChromiumWithHireHub chromium) : BrowserTest(chromium), IClassFixture<ChromiumWithHireHub>
{
    private const string LinkedIn = ReferenceData.LinkedInConnectionName;

    [Fact]
    public async Task UnlinkingLinkedIn_RefusesItsExports_UntilTheAdminLinksItAgain()
    {
        using var ats = App.LiveApiClient(ReferenceData.LinkedInClientId.ToString());
        await SignInAsync("sam.okoye", "/admin/integrations");
        var row = Page.GetByTestId("connections").GetByRole(AriaRole.Row).Filter(new() { HasText = LinkedIn });
        await Expect(row.GetByTestId("connection-status")).ToHaveTextAsync("Linked");
        await Page.ScreenshotAsync(new() { Path = Path.Combine(ArtifactsFolder, "admin-integrations.png"), FullPage = true });

        await row.GetByTestId("connection-health").ClickAsync();
        await Expect(Page.GetByTestId("health-RoundTrip")).ToHaveAttributeAsync("data-passed", "true");
        await Expect(Page.GetByTestId("health-summary")).ToContainTextAsync("Every step is in place");
        await Page.ScreenshotAsync(new() { Path = Path.Combine(ArtifactsFolder, "admin-health-all-green.png"), FullPage = true });
        await Page.GoBackAsync();
        await WaitUntilInteractiveAsync();

        await row.GetByRole(AriaRole.Button, new() { Name = $"Unlink {LinkedIn}" }).ClickAsync();
        var confirm = Page.GetByRole(AriaRole.Dialog);
        await Expect(confirm).ToContainTextAsync("Candidates it has already exported stay.");
        await confirm.GetByRole(AriaRole.Button, new() { Name = "Unlink", Exact = true }).ClickAsync();
        await Expect(row.GetByTestId("connection-status")).ToHaveTextAsync("Unlinked");

        using (var refused = await ats.ExportAsync(ApiCalls.Candidate("E2E-UNLINKED")))
        {
            var problem = await refused.ProblemAsync(HttpStatusCode.Forbidden);
            Assert.Equal($"The connection {LinkedIn} is not linked. Link it on the Integrations page.", problem.String("detail"));
        }

        await row.GetByTestId("connection-health").ClickAsync();
        var linked = Page.GetByTestId("health-ConnectionLinked");
        await Expect(linked).ToHaveAttributeAsync("data-passed", "false");
        await Expect(linked.GetByTestId("health-message")).ToHaveTextAsync($"The connection {LinkedIn} is not linked. Link it on the Integrations page.");
        await Expect(Page.GetByTestId("health-RoundTrip")).ToHaveAttributeAsync("data-passed", "false");
        await Page.ScreenshotAsync(new() { Path = Path.Combine(ArtifactsFolder, "admin-health-unlinked.png"), FullPage = true });

        await linked.GetByTestId("health-fix").ClickAsync();
        await WaitUntilInteractiveAsync();
        await row.GetByRole(AriaRole.Button, new() { Name = $"Link {LinkedIn}" }).ClickAsync();
        await Expect(row.GetByTestId("connection-status")).ToHaveTextAsync("Linked");

        using var accepted = await ats.ExportAsync(ApiCalls.Candidate("E2E-RELINKED"));
        Assert.Equal(HttpStatusCode.Created, accepted.StatusCode);
    }

    [Fact]
    public async Task RoutingRule_AddedForLinkedIn_IsListedInPlainWords()
    {
        await SignInAsync("sam.okoye", "/admin/integrations");
        var row = Page.GetByTestId("connections").GetByRole(AriaRole.Row).Filter(new() { HasText = LinkedIn });
        await row.GetByTestId("connection-routing").ClickAsync();
        await Expect(Page.GetByRole(AriaRole.Heading, new() { Name = "Routing rules" })).ToBeVisibleAsync();
        await WaitUntilInteractiveAsync();

        await Page.Locator("#routing-contains").FillAsync("Berlin");
        await Page.Locator("#routing-legal-entity").ClickAsync();
        await Page.GetByRole(AriaRole.Option, new() { Name = "DEMF", Exact = false }).First.ClickAsync();
        // The choice reaches the server through the select's own round trip: wait for it to show before adding.
        await Expect(Page.GetByRole(AriaRole.Option)).ToHaveCountAsync(0);
        await Expect(Page.Locator("#routing-legal-entity")).ToHaveValueAsync(new System.Text.RegularExpressions.Regex("DEMF"));
        await Page.GetByTestId("routing-add").ClickAsync();

        await Expect(Page.GetByTestId("routing-rule")).ToHaveTextAsync("Location contains “Berlin”");
        await Page.ScreenshotAsync(new() { Path = Path.Combine(ArtifactsFolder, "admin-routing-rules.png"), FullPage = true });
    }

    [Theory]
    [InlineData("/admin/security-roles", "Security roles")]
    [InlineData("/admin/application-users", "Application users")]
    [InlineData("/admin/entra-applications", "Entra applications")]
    [InlineData("/admin/tables", "Tables")]
    [InlineData("/admin/audit", "Audit log")]
    [InlineData("/admin/integration-log", "Integration log")]
    public async Task AdminPage_ShowsItsHeadingToAnAdministrator(string path, string heading)
    {
        await SignInAsync("sam.okoye", path);

        await Expect(Page.GetByRole(AriaRole.Heading, new() { Name = heading, Exact = true })).ToBeVisibleAsync();
        await Page.ScreenshotAsync(new() { Path = Path.Combine(ArtifactsFolder, $"admin{path.Replace('/', '-')}.png"), FullPage = true });
    }
}
