using System.Net;
using System.Text.RegularExpressions;
using HireHub.Tests.Api;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace HireHub.Tests.E2E;

/// <summary>
/// The Connect an ATS guide from nothing to a green health check on one page: each step's dialog opens filled in from
/// the steps before, and the ATS then exports. Each step leaves a screenshot, <c>connect-ats-NN-*.png</c>.
/// </summary>
public sealed class ConnectAtsGuideTests(ChromiumWithHireHub chromium) : BrowserTest(chromium), IClassFixture<ChromiumWithHireHub>
{
    private const string Connection = "Acme Guide";
    private readonly string clientId = Guid.NewGuid().ToString();

    [Fact]
    public async Task Guide_TakesAnAdminFromNothingToAGreenHealthCheck_EachStepFilledInFromTheLast()
    {
        await SignInAsync("sam.okoye", "/admin/connect-ats");
        await ExpectCurrentAsync("connection");
        await Screenshot("01-start");

        await Step("connection").GetByTestId("guide-add-connection").ClickAsync();
        var dialog = Page.GetByRole(AriaRole.Dialog);
        await Expect(dialog.Locator("#connection-name")).ToHaveValueAsync("");
        await ChooseAsync(dialog, "connection-provider", "Generic ATS");
        await dialog.Locator("#connection-name").FillAsync(Connection);
        await dialog.Locator("#connection-client-id").FillAsync(clientId);
        await ChooseAsync(dialog, "connection-legal-entity", "GBSI");
        await Screenshot("02-connection");
        await dialog.GetByTestId("connection-save").ClickAsync();
        await Expect(dialog).ToBeHiddenAsync();
        await Expect(Page).ToHaveURLAsync(new Regex("/admin/connect-ats/[0-9a-f-]{36}$"));
        await ExpectCurrentAsync("application-user");

        await Step("application-user").GetByTestId("guide-add-application-user").ClickAsync();
        await Expect(dialog.Locator("#application-user-client-id")).ToHaveValueAsync(clientId);
        await Expect(dialog.Locator("#application-user-name")).ToHaveValueAsync($"{Connection} integration");
        await Screenshot("03-application-user");
        await dialog.GetByTestId("application-user-save").ClickAsync();
        await Expect(dialog).ToBeHiddenAsync();
        await ExpectCurrentAsync("role");

        await Step("role").GetByTestId("guide-add-role").ClickAsync();
        await Expect(dialog.Locator("#role-name")).ToHaveValueAsync($"HRIS integration with {Connection}");
        await Expect(dialog.GetByRole(AriaRole.Checkbox, new() { Name = "Write exported candidates" })).ToBeCheckedAsync();
        await Expect(dialog.GetByRole(AriaRole.Checkbox, new() { Name = "Read exported candidates" })).Not.ToBeCheckedAsync();
        await Screenshot("04-role-from-template");
        await dialog.GetByTestId("role-save").ClickAsync();
        await Expect(dialog).ToBeHiddenAsync();
        await ExpectCurrentAsync("entra-application");

        await Step("entra-application").GetByTestId("guide-add-entra-application").ClickAsync();
        await Expect(dialog.Locator("#entra-client-id")).ToHaveValueAsync(clientId);
        await ChooseAsync(dialog, "entra-acting-user", "Hanna Reyes");
        await Screenshot("05-entra-application");
        await dialog.GetByTestId("entra-application-save").ClickAsync();
        await Expect(dialog).ToBeHiddenAsync();
        await ExpectCurrentAsync("link");

        await Step("link").GetByTestId("guide-link").ClickAsync();
        await ExpectCurrentAsync("health");
        await Expect(Page.GetByTestId("health-RoundTrip")).ToHaveAttributeAsync("data-passed", "true");
        await Expect(Page.GetByTestId("health-summary")).ToContainTextAsync("Every step is in place");
        await Expect(Page.GetByTestId("health-fix")).ToHaveCountAsync(0);
        await Expect(Page.GetByTestId("guide-problem")).ToHaveCountAsync(0);
        await Screenshot("06-health-all-green");

        using var ats = App.LiveApiClient(clientId);
        // Written without a country code, read in the connection's region: GB, from GBSI's country.
        using var exported = await ats.ExportAsync(ApiCalls.Candidate("ACME-GUIDE-1", c => c["phone"] = "020 7946 0018"));
        Assert.Equal(HttpStatusCode.Created, exported.StatusCode);
    }

    private ILocator Step(string key) => Page.GetByTestId($"guide-step-{key}");

    private Task ExpectCurrentAsync(string key) => Expect(Step(key)).ToHaveAttributeAsync("data-state", "current");

    private Task Screenshot(string step) =>
        Page.ScreenshotAsync(new() { Path = Path.Combine(ArtifactsFolder, $"connect-ats-{step}.png"), FullPage = true });
}
