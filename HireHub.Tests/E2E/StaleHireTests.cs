using System.Globalization;
using System.Net;
using System.Text.RegularExpressions;
using HireHub.Core.Data;
using HireHub.Tests.Api;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace HireHub.Tests.E2E;

/// <summary>
/// Trust at the point of hire (issue 16): with Zoe's Hire new worker dialog open, her ATS re-exports her with a later
/// start date, a new job title and a new phone. The dialog says so at once; Hire with the old values is refused; once
/// HR applies the changes the hire goes through, and the ATS reads back what HR recorded. Never silently old.
/// </summary>
public sealed class StaleHireTests(ChromiumWithHireHub chromium) : BrowserTest(chromium), IClassFixture<ChromiumWithHireHub>
{
    private static readonly string FirstStart = DateTime.UtcNow.AddDays(30).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
    private static readonly string LaterStart = DateTime.UtcNow.AddDays(37).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    [Fact]
    public async Task ReExportWhileTheHireDialogIsOpen_IsShownAtOnce_RefusesTheOldValues_AndHiresTheAppliedOnes()
    {
        using var ats = App.LiveApiClient(ReferenceData.LinkedInClientId.ToString());
        var id = await ExportZoeAsync(ats, FirstStart, "Software Engineer", "+1 425 555 0150");

        await SignInAsync("hanna.reyes", "/personnel-management");
        await Page.Locator("#candidate-search").FillAsync("Zoe Okafor");
        var row = Page.GetByTestId("candidates-to-hire").GetByRole(AriaRole.Row).Filter(new() { HasText = "Zoe Okafor" });
        await row.GetByRole(AriaRole.Button, new() { Name = "Hire Zoe Okafor", Exact = true }).ClickAsync();
        var dialog = Page.GetByRole(AriaRole.Dialog);
        await Expect(dialog.Locator("#hire-phone")).ToHaveValueAsync("+14255550150");
        await Expect(dialog.GetByTestId("hire-continue")).ToHaveTextAsync("Hire");
        await Expect(dialog.Locator("#hire-personnel-number")).ToHaveValueAsync(new Regex(@"^\d{6} \(next number, assigned on hire\)$"));

        Assert.Equal(id, await ExportZoeAsync(ats, LaterStart, "Staff Engineer", "+1 425 555 0177"));

        // The live feed: the open dialog learns of revision 2 without anyone pressing anything.
        var changes = dialog.GetByTestId("revision-change");
        await Expect(changes).ToHaveCountAsync(3);
        await Expect(dialog.GetByTestId("revision-changes")).ToContainTextAsync("you saw revision 1, now 2");
        await Expect(changes.Filter(new() { HasText = "Start date" })).ToContainTextAsync(DateOnly.Parse(LaterStart, CultureInfo.InvariantCulture).ToString("d", CultureInfo.GetCultureInfo("en-US")));
        await Expect(changes.Filter(new() { HasText = "Job title" })).ToContainTextAsync("Staff Engineer");
        await Expect(changes.Filter(new() { HasText = "Phone" })).ToContainTextAsync("+1 425-555-0177");
        await dialog.ScreenshotAsync(new() { Path = Path.Combine(ArtifactsFolder, "stale-hire-01-revision-shown.png") });

        // Hire with what the dialog opened on: refused, nothing stored, the differences still on screen.
        await dialog.GetByTestId("hire-continue").ClickAsync();
        await Expect(dialog.GetByTestId("hire-problem")).ToContainTextAsync("The ATS changed Zoe Okafor after you opened this dialog (revision 1, now 2). Nothing was stored");
        await Expect(changes).ToHaveCountAsync(3);
        await dialog.ScreenshotAsync(new() { Path = Path.Combine(ArtifactsFolder, "stale-hire-02-refused.png") });
        var refused = await (await ats.GetAsync($"{ApiCalls.ExportsPath}/{id}", TestContext.Current.CancellationToken)).JsonAsync();
        Assert.Equal("NotProcessed", refused.String("status"));

        await dialog.GetByTestId("apply-revision").ClickAsync();
        await Expect(dialog.GetByTestId("revision-changes")).ToHaveCountAsync(0);
        await Expect(dialog.Locator("#hire-phone")).ToHaveValueAsync("+14255550177");
        await Expect(dialog).ToContainTextAsync("Staff Engineer");
        await dialog.ScreenshotAsync(new() { Path = Path.Combine(ArtifactsFolder, "stale-hire-03-applied.png") });
        await dialog.GetByTestId("hire-continue").ClickAsync();

        await Expect(dialog).ToBeHiddenAsync();
        await Expect(Page.GetByTestId("hire-success")).ToContainTextAsync(new Regex(@"Zoe Okafor was hired as worker \d{6}\."));
        var hired = await (await ats.GetAsync($"{ApiCalls.ExportsPath}/{id}", TestContext.Current.CancellationToken)).JsonAsync();
        Assert.Equal(("Hired", LaterStart, 2), (hired.String("status"), hired["hire"]!.String("employmentStartDate"), (int)hired["hire"]!["revision"]!));
        Assert.Equal(hired.String("workerPersonnelNumber"), hired["hire"]!.String("personnelNumber"));
    }

    private static async Task<string> ExportZoeAsync(HttpClient ats, string start, string jobTitle, string phone)
    {
        using var response = await ats.ExportAsync(ApiCalls.Candidate("E2E-ZOE-1", c =>
        {
            c["firstName"] = "Zoe";
            c["lastName"] = "Okafor";
            c["email"] = "zoe.okafor@example.com";
            c["startDate"] = start;
            c["jobTitle"] = jobTitle;
            c["phone"] = phone;
        }));
        Assert.True(response.StatusCode is HttpStatusCode.Created or HttpStatusCode.OK, $"The export answered {response.StatusCode}.");
        return (await response.JsonAsync()).String("id")!;
    }
}
