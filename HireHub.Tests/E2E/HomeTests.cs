using System.Text.RegularExpressions;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace HireHub.Tests.E2E;

/// <summary>Each role's Home page in Chromium, on the demo data, and one of its figures followed to the list it counts.</summary>
public sealed class HomeTests(ChromiumWithHireHub chromium) : BrowserTest(chromium), IClassFixture<ChromiumWithHireHub>
{
    [Fact]
    public async Task HrHome_ShowsTheAgeingAlert_AndItsCandidateOpensInPersonnelManagement()
    {
        await SignInAsync("hanna.reyes", "/");
        var hr = Page.GetByTestId("home-hr");
        await Expect(hr.GetByRole(AriaRole.Heading, new() { Name = "Candidates and new workers" })).ToBeVisibleAsync();
        await Expect(hr.GetByTestId("figure-waiting")).ToContainTextAsync("Candidates waiting to be hired");
        await Expect(hr.GetByTestId("hr-weekly").Locator(".mud-charts-bar-series path")).ToHaveCountAsync(24);
        await Page.ScreenshotAsync(new() { Path = Path.Combine(ArtifactsFolder, "home-hr.png"), FullPage = true });

        // Demo data: Kenji Tanaka starts in five days and nobody has hired him yet.
        var kenji = hr.GetByTestId("ageing-candidate").Filter(new() { HasText = "Kenji Tanaka" });
        await Expect(kenji).ToContainTextAsync("Starts in 5 days");
        await kenji.ClickAsync();

        await Expect(Page).ToHaveURLAsync(new Regex(@"/personnel-management\?search=kenji\.tanaka@example\.com$"));
        await WaitUntilInteractiveAsync();
        var panel = Page.GetByTestId("candidates-to-hire");
        await Expect(panel.GetByTestId("candidate-name")).ToHaveTextAsync(["Kenji Tanaka"]);
        await Expect(Page.Locator("#candidate-search")).ToHaveValueAsync("kenji.tanaka@example.com");

        // The missing-data figure opens the panel narrowed to the candidates it counts, each flagged.
        await Page.GetByRole(AriaRole.Link, new() { Name = "Home", Exact = true }).ClickAsync();
        var lacking = Page.GetByTestId("figure-lacking-data");
        var count = int.Parse(await lacking.GetByTestId("figure-value").InnerTextAsync(), System.Globalization.CultureInfo.InvariantCulture);
        await lacking.ClickAsync();
        await Expect(Page).ToHaveURLAsync(new Regex(@"/personnel-management\?missing=true$"));
        await Expect(Page.GetByTestId("candidates-filter")).ToContainTextAsync("Showing only the candidates with missing data.");
        var rows = panel.Locator("tbody tr");
        await Expect(rows).ToHaveCountAsync(count);
        foreach (var row in await rows.AllAsync())
        {
            await Expect(row.GetByTestId("missing-data").First).ToBeVisibleAsync();
        }

        await Page.ScreenshotAsync(new() { Path = Path.Combine(ArtifactsFolder, "personnel-management-missing-data.png") });
    }

    [Fact]
    public async Task RecruiterHome_ShowsTheirExportsByStatus_AndWaitingForHrOpensThoseExports()
    {
        await SignInAsync("riya.patel", "/");
        var recruiter = Page.GetByTestId("home-recruiter");
        var waiting = recruiter.GetByTestId("figure-status-NotProcessed");
        await Expect(waiting.GetByTestId("figure-value")).ToHaveTextAsync("4");
        await Expect(recruiter.GetByTestId("home-refusals")).ToContainTextAsync("Refused calls from LinkedIn Talent Hub");
        await Expect(Page.GetByTestId("home-hr")).ToHaveCountAsync(0);
        await Page.ScreenshotAsync(new() { Path = Path.Combine(ArtifactsFolder, "home-recruiter.png"), FullPage = true });

        await waiting.ClickAsync();

        await Expect(Page).ToHaveURLAsync(new Regex(@"/exports\?status=NotProcessed&recruiter=riya\.patel@contoso\.com$"));
        var names = Page.GetByTestId("exports-grid").GetByTestId("export-name");
        await Expect(names).ToHaveCountAsync(4);
        await Expect(names).ToContainTextAsync(["Jasmine Kaur", "Kenji Tanaka", "Laura Rossi", "Samuel Okafor"], new() { UseInnerText = true });
        await Expect(Page.GetByTestId("exports-filter")).ToContainTextAsync("Exported for recruiter riya.patel@contoso.com");
        await Page.ScreenshotAsync(new() { Path = Path.Combine(ArtifactsFolder, "exports-filtered.png") });
    }

    [Fact]
    public async Task AdminHome_ShowsConnectionHealthRefusalsAndTheSweep_AndADaysRefusalsOpenTheLog()
    {
        await SignInAsync("sam.okoye", "/");
        var admin = Page.GetByTestId("home-admin");
        await Expect(admin.GetByTestId("connection-health").Filter(new() { HasText = "LinkedIn Talent Hub" })).ToHaveAttributeAsync("data-passed", "true");
        await Expect(admin.GetByTestId("retention-last-run")).ToContainTextAsync("The last sweep started");
        var refusalDays = admin.GetByTestId("admin-refusals-table").Locator("tbody td a");
        await Expect(refusalDays).ToHaveCountAsync(14);
        await Page.ScreenshotAsync(new() { Path = Path.Combine(ArtifactsFolder, "home-admin.png"), FullPage = true });

        // Demo data: one refusal yesterday (or the day before, by UTC) from LinkedIn Talent Hub, the latest of the fortnight.
        var day = refusalDays.GetByText("1", new() { Exact = true }).Last;
        var label = await day.GetAttributeAsync("aria-label");
        await day.ClickAsync();

        // A day is the person's (here UTC, the browser's zone): its bounds travel as UTC dates, or instants in another zone.
        await Expect(Page).ToHaveURLAsync(new Regex(@"/admin/integration-log\?from=\d{4}-\d\d-\d\d(T[\d%A:]+Z)?&to=\d{4}-\d\d-\d\d(T[\d%A:]+Z)?$"));
        Assert.Matches(@"^Calls refused on \d{1,2} \w+: 1$", label);
        var log = Page.GetByTestId("integration-log-grid");
        await Expect(log.GetByTestId("log-status")).ToHaveTextAsync(["400"]);
        await Expect(Page.GetByTestId("log-filter")).ToContainTextAsync("From ");
    }

    [Theory]
    [InlineData("hanna.reyes", "home-hr", "hr-weekly", "Kandidaten en nieuwe werknemers", "Week vanaf")]
    [InlineData("riya.patel", "home-recruiter", "recruiter-weekly", "Uw exports", "Week vanaf")]
    [InlineData("sam.okoye", "home-admin", "admin-refusals", "Integraties en bewaartermijnen", "Dag")]
    public async Task Home_InDutch_EachSectionIsInDutch(string person, string section, string chart, string heading, string periodHeader)
    {
        await SignInAsync(person, "/?culture=nl-NL");

        var home = Page.GetByTestId(section);
        await Expect(home.GetByRole(AriaRole.Heading, new() { Name = heading, Level = 2 })).ToBeVisibleAsync();
        await Expect(home.GetByTestId($"{chart}-table").Locator("thead th").First).ToHaveTextAsync(periodHeader);
        await Expect(home.GetByTestId(chart)).ToContainTextAsync("in uw tijdzone (UTC)");
        await Page.WaitForFunctionAsync("() => document.getAnimations().every(a => a.playState !== 'running')");
        await Page.ScreenshotAsync(new() { Path = Path.Combine(ArtifactsFolder, $"{section}-nl.png"), FullPage = true });
    }
}
