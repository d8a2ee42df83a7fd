using System.Text.RegularExpressions;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace HireHub.Tests.E2E;

/// <summary>A recruiter whose ATS has no integration: Export to HRIS → upload a CSV → Exports.</summary>
public sealed class ExportToHrisTests(ChromiumWithHireHub chromium) : BrowserTest(chromium), IClassFixture<ChromiumWithHireHub>
{
    [Fact]
    public async Task CsvUpload_WithGoodAndBadRows_ReportsTheBadRowsByNumberAndListsTheGoodOnesOnExports()
    {
        var start = DateTime.UtcNow.AddDays(30).ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture);
        var csv = string.Join("\n",
            "candidateId,firstName,lastName,email,phone,startDate,jobTitle,location",
            $"CSV-E2E-1,Olivia,Brennan,olivia.brennan@example.com,+1 425 555 0111,{start},Data Analyst,\"Seattle, WA\"",
            $"CSV-E2E-2,Tomas,,tomas@example.com,,{start},Designer,Remote",
            $"CSV-E2E-3,Priya,Natarajan,priya.natarajan@example.com,,{start},Product Manager,Redmond",
            $"CSV-E2E-4,Jon,Berg,not-an-email,,2027-13-45,Engineer,Oslo");

        await SignInAsync("riya.patel", "/exports/new");
        await Expect(Page.GetByRole(AriaRole.Heading, new() { Name = "Export to HRIS", Exact = true })).ToBeVisibleAsync();
        await Page.ScreenshotAsync(new() { Path = Path.Combine(ArtifactsFolder, "export-to-hris.png"), FullPage = true });

        await Page.GetByTestId("csv-upload").Locator("input[type=file]").SetInputFilesAsync(new FilePayload
        {
            Name = "exports.csv",
            MimeType = "text/csv",
            Buffer = System.Text.Encoding.UTF8.GetBytes(csv),
        });

        var upload = Page.GetByTestId("csv-upload");
        // Every row checked, nothing stored, until the recruiter imports the valid ones.
        await Expect(upload.GetByTestId("csv-preview-summary")).ToContainTextAsync("exports.csv: 4 rows read, 2 valid, 2 refused.");
        await upload.GetByTestId("csv-import").ClickAsync();
        await Expect(upload.GetByTestId("csv-summary")).ToContainTextAsync("exports.csv: 2 rows stored, 2 rows invalid.");
        var lines = upload.GetByTestId("csv-invalid-line");
        await Expect(lines).ToHaveTextAsync(["3", "5", "5"]);
        await Expect(upload.GetByTestId("csv-invalid-rows")).ToContainTextAsync("Last name");
        await Expect(upload.GetByTestId("csv-invalid-rows")).ToContainTextAsync("Email");
        await Expect(upload.GetByTestId("csv-invalid-rows")).ToContainTextAsync("Start date");
        await upload.ScreenshotAsync(new() { Path = Path.Combine(ArtifactsFolder, "csv-upload-report.png") });

        await upload.GetByRole(AriaRole.Link, new() { Name = "Open Exports" }).ClickAsync();
        await Expect(Page).ToHaveURLAsync(new Regex("/exports$"));
        // Typed whether or not the page is live yet: a search typed into the prerendered field is kept (keep-typed.js).
        await Page.Locator("#export-search").FillAsync("CSV-E2E");
        var names = Page.GetByTestId("exports-grid").GetByTestId("export-name");
        await Expect(names).ToHaveCountAsync(2);
        await Expect(names).ToContainTextAsync(["Olivia Brennan", "Priya Natarajan"], new() { UseInnerText = true });
        await Expect(Page.GetByTestId("exports-grid").GetByTestId("export-status").First).ToHaveTextAsync("Waiting for HR");
        await Page.GetByTestId("exports-grid").Locator(".mud-table-body tr").First.Locator("button").First.ClickAsync();
        await Expect(Page.GetByTestId("export-timeline").First).ToContainTextAsync("from Manual entry");
        await Page.ScreenshotAsync(new() { Path = Path.Combine(ArtifactsFolder, "exports-page.png"), FullPage = true });

        // An ATS calling without a token is refused, and the recruiter can see that it was.
        var refused = await Page.APIRequest.PostAsync("api/v1/exported-candidates", new() { DataObject = new { candidateId = "CSV-E2E-9" } });
        Assert.Equal(401, refused.Status);
        await Page.ReloadAsync();
        await WaitUntilInteractiveAsync();
        await Page.GetByRole(AriaRole.Tab, new() { Name = "Integration log" }).ClickAsync();
        var log = Page.GetByTestId("integration-log-grid");
        await Expect(log.GetByTestId("log-status").First).ToHaveTextAsync("401");
        await Expect(log.Locator(".mud-table-body tr").First).ToContainTextAsync("anonymous");
        await Page.ScreenshotAsync(new() { Path = Path.Combine(ArtifactsFolder, "integration-log.png"), FullPage = true });
    }

    [Fact]
    public async Task FormExport_ReExportedWithAChange_ShowsHrTheChangeInTheHireDialog()
    {
        var start = DateTime.UtcNow.AddDays(40).ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture);
        await SignInAsync("riya.patel", "/exports/new");
        await ExportWithFormAsync("FORM-E2E-1", "Nadia", "Haddad", start, "Data Engineer");
        await Expect(Page.GetByTestId("export-success")).ToContainTextAsync("Nadia Haddad (candidate ID FORM-E2E-1) was exported to HR.");
        await ExportWithFormAsync("FORM-E2E-1", "Nadia", "Haddad", start, "Senior Data Engineer");
        await Expect(Page.GetByTestId("export-success")).ToContainTextAsync("HR now sees revision 2.");
        await Page.GetByTestId("export-form").ScreenshotAsync(new() { Path = Path.Combine(ArtifactsFolder, "export-form-success.png") });

        await Page.Context.ClearCookiesAsync();
        await SignInAsync("hanna.reyes", "/personnel-management");
        var panel = Page.GetByTestId("candidates-to-hire");
        await Page.Locator("#candidate-search").FillAsync("Haddad");
        var row = panel.GetByRole(AriaRole.Row).Filter(new() { HasText = "Nadia Haddad" });
        await Expect(row.GetByTestId("candidate-changed")).ToHaveTextAsync("Changed");
        await row.GetByRole(AriaRole.Button, new() { Name = "Hire Nadia Haddad", Exact = true }).ClickAsync();

        var changes = Page.GetByRole(AriaRole.Dialog).GetByTestId("latest-change");
        await Expect(changes).ToHaveCountAsync(1);
        await Expect(changes).ToContainTextAsync("Job title");
        await Expect(changes).ToContainTextAsync("Senior Data Engineer");
        await Page.GetByRole(AriaRole.Dialog).ScreenshotAsync(new() { Path = Path.Combine(ArtifactsFolder, "hire-dialog-with-changes.png") });
    }

    private async Task ExportWithFormAsync(string candidateId, string firstName, string lastName, string startDate, string jobTitle)
    {
        var form = Page.GetByTestId("export-form");
        await form.Locator("#export-candidateId").FillAsync(candidateId);
        await form.Locator("#export-firstName").FillAsync(firstName);
        await form.Locator("#export-lastName").FillAsync(lastName);
        await form.Locator("#export-email").FillAsync($"{firstName}.{lastName}@example.com".ToLowerInvariant());
        await form.Locator("#export-startDate").FillAsync(startDate);
        await form.Locator("#export-jobTitle").FillAsync(jobTitle);
        await form.Locator("#export-jobTitle").BlurAsync();
        await form.GetByTestId("export-submit").ClickAsync();
    }
}
