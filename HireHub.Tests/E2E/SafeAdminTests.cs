using System.Net;
using HireHub.Core.Data;
using HireHub.Tests.Api;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace HireHub.Tests.E2E;

/// <summary>Issue #16's safe admin defaults in Chromium: a new role grants nothing until asked, and Disable is confirmed and undone by Enable.</summary>
public sealed class SafeAdminTests(ChromiumWithHireHub chromium) : BrowserTest(chromium), IClassFixture<ChromiumWithHireHub>
{
    private static readonly string[] Privileges =
        ["Read Entity metadata", "Read Field metadata", "Read Relationship metadata", "Read exported candidates", "Write exported candidates"];

    [Fact]
    public async Task NewRole_StartsWithNoPrivilege_AndClickingOneGrantsIt()
    {
        await SignInAsync("sam.okoye", "/admin/security-roles");
        await Page.GetByTestId("new-role").ClickAsync();
        var dialog = Page.GetByRole(AriaRole.Dialog);
        foreach (var privilege in Privileges)
        {
            await Expect(dialog.GetByRole(AriaRole.Checkbox, new() { Name = privilege })).Not.ToBeCheckedAsync();
        }

        await Expect(dialog.GetByTestId("role-privileges-hint")).ToContainTextAsync("A new role grants nothing.");
        await Page.ScreenshotAsync(new() { Path = Path.Combine(ArtifactsFolder, "safe-admin-new-role-empty.png"), FullPage = true });

        await dialog.Locator("#role-name").FillAsync("Exports only");
        await dialog.GetByRole(AriaRole.Checkbox, new() { Name = "Write exported candidates" }).ClickAsync();
        await Expect(dialog.GetByRole(AriaRole.Checkbox, new() { Name = "Write exported candidates" })).ToBeCheckedAsync();
        await Expect(dialog.GetByRole(AriaRole.Checkbox, new() { Name = "Read exported candidates" })).Not.ToBeCheckedAsync();
        await dialog.GetByTestId("role-save").ClickAsync();

        await Expect(dialog).ToBeHiddenAsync();
        var row = Page.GetByTestId("roles").GetByRole(AriaRole.Row).Filter(new() { HasText = "Exports only" });
        await Expect(row.GetByRole(AriaRole.Cell).Nth(1)).ToHaveTextAsync("Write exported candidates");
    }

    [Fact]
    public async Task Disable_IsConfirmedNamingTheConnectionsItStops_AndEnableUndoesIt()
    {
        using var linkedIn = App.LiveApiClient(ReferenceData.LinkedInClientId.ToString());
        await SignInAsync("sam.okoye", "/admin/tables");
        await Expect(Page.GetByTestId("table-status")).ToHaveTextAsync("Enabled");

        // Cancel is the safe way out and changes nothing.
        await Page.GetByTestId("table-disable").ClickAsync();
        var confirm = Page.GetByRole(AriaRole.Dialog);
        await Expect(confirm.GetByTestId("confirm-affected")).ToHaveTextAsync(ReferenceData.LinkedInConnectionName);
        await confirm.GetByTestId("confirm-cancel").ClickAsync();
        await Expect(confirm).ToBeHiddenAsync();
        await Expect(Page.GetByTestId("table-status")).ToHaveTextAsync("Enabled");

        await Page.GetByTestId("table-disable").ClickAsync();
        await Expect(confirm.GetByTestId("confirm-message")).ToContainTextAsync("every ATS's exports are refused");
        await Page.WaitForFunctionAsync("() => document.getAnimations().every(a => a.playState !== 'running')");
        await Page.ScreenshotAsync(new() { Path = Path.Combine(ArtifactsFolder, "safe-admin-disable-confirm.png"), FullPage = true });
        await confirm.GetByRole(AriaRole.Button, new() { Name = "Disable", Exact = true }).ClickAsync();

        await Expect(Page.GetByTestId("table-status")).ToHaveTextAsync("Disabled");
        await Expect(Page.GetByTestId("table-disabled-notice")).ToBeVisibleAsync();
        await Page.ScreenshotAsync(new() { Path = Path.Combine(ArtifactsFolder, "safe-admin-table-disabled.png"), FullPage = true });
        using (var refused = await linkedIn.ExportAsync(ApiCalls.Candidate("E2E-TABLE-OFF")))
        {
            Assert.Equal(HttpStatusCode.Forbidden, refused.StatusCode);
        }

        await Page.GetByTestId("table-enable").ClickAsync();

        await Expect(Page.GetByTestId("table-status")).ToHaveTextAsync("Enabled");
        await Expect(Page.GetByTestId("table-disable")).ToBeVisibleAsync();
        using var accepted = await linkedIn.ExportAsync(ApiCalls.Candidate("E2E-TABLE-ON"));
        Assert.Equal(HttpStatusCode.Created, accepted.StatusCode);
    }
}
