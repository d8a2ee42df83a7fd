using System.Globalization;
using HireHub.Core.Data;
using HireHub.Tests.Api;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace HireHub.Tests.E2E;

/// <summary>
/// A recruiter whose browser runs in Auckland (UTC+12/+13) reads every time on the Exports page in Auckland's time,
/// whatever the server's zone, and can pick another zone in the profile menu.
/// </summary>
public sealed class TimeZoneTests(ChromiumWithHireHub chromium) : BrowserTest(chromium), IClassFixture<ChromiumWithHireHub>
{
    private static readonly CultureInfo English = CultureInfo.GetCultureInfo("en-US");

    protected override string BrowserTimeZone => "Pacific/Auckland";

    [Fact]
    public async Task ExportsPage_InAnAucklandBrowser_ShowsTheExportsLastChangeInAucklandTime()
    {
        var updatedAt = await ExportAsync("TZ-E2E-1");

        await SignInAsync("riya.patel", "/exports");
        await Page.Locator("#export-search").FillAsync("TZ-E2E-1");

        var shown = Page.GetByTestId("exports-grid").GetByTestId("export-updated");
        await Expect(shown).ToHaveCountAsync(1);
        await Expect(shown).ToHaveTextAsync(InZone(updatedAt, "Pacific/Auckland"));
        Assert.NotEqual(InZone(updatedAt, "UTC"), InZone(updatedAt, "Pacific/Auckland"));
        await Expect(Page.GetByTestId("profile-time-zone")).ToHaveTextAsync("Pacific/Auckland");
        await Page.ScreenshotAsync(new() { Path = Path.Combine(ArtifactsFolder, "exports-in-auckland.png"), FullPage = true });
    }

    [Fact]
    public async Task ProfileMenu_ChoosingAnotherZone_ShowsEveryTimeInIt_UntilThePersonFollowsTheBrowserAgain()
    {
        var updatedAt = await ExportAsync("TZ-E2E-2");
        await SignInAsync("riya.patel", "/exports");

        await Page.GetByTestId("profile-menu-button").ClickAsync();
        var menu = Page.Locator("#profile-menu");
        await Expect(menu.GetByTestId("time-zone-now")).ToContainTextAsync("Pacific/Auckland");
        await Expect(menu.GetByTestId("time-zone-now")).ToContainTextAsync("from your browser");
        await Page.Locator("#time-zone-search").FillAsync("Amsterdam");
        await Page.ScreenshotAsync(new() { Path = Path.Combine(ArtifactsFolder, "profile-menu.png") });
        await Page.GetByRole(AriaRole.Option, new() { Name = "Europe/Amsterdam" }).ClickAsync();

        // The choice reloads the page, rendered in the new zone from the first byte.
        await Expect(Page.GetByTestId("profile-time-zone")).ToHaveTextAsync("Europe/Amsterdam");
        await WaitUntilInteractiveAsync();
        await Page.Locator("#export-search").FillAsync("TZ-E2E-2");
        var shown = Page.GetByTestId("exports-grid").GetByTestId("export-updated");
        await Expect(shown).ToHaveCountAsync(1);
        await Expect(shown).ToHaveTextAsync(InZone(updatedAt, "Europe/Amsterdam"));

        // Another page load does not take the browser's zone back: the person chose.
        await Page.ReloadAsync();
        await Expect(Page.GetByTestId("profile-time-zone")).ToHaveTextAsync("Europe/Amsterdam");
        await WaitUntilInteractiveAsync();

        await Page.GetByTestId("profile-menu-button").ClickAsync();
        await Expect(Page.Locator("#profile-menu").GetByTestId("time-zone-now")).ToContainTextAsync("chosen by you");
        await Page.GetByTestId("time-zone-follow-browser").ClickAsync();
        await Expect(Page.GetByTestId("profile-time-zone")).ToHaveTextAsync("Pacific/Auckland");
    }

    private async Task<DateTimeOffset> ExportAsync(string candidateId)
    {
        using var ats = App.LiveApiClient(ReferenceData.LinkedInClientId.ToString());
        using var response = await ats.ExportAsync(ApiCalls.Candidate(candidateId));
        var updatedAt = (await response.JsonAsync()).String("updatedAt")!;
        return DateTimeOffset.Parse(updatedAt, CultureInfo.InvariantCulture);
    }

    private static string InZone(DateTimeOffset at, string zone) =>
        TimeZoneInfo.ConvertTime(at, TimeZoneInfo.FindSystemTimeZoneById(zone)).ToString("g", English);
}
