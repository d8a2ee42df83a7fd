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
        await Expect(upload.GetByTestId("csv-summary")).ToContainTextAsync("exports.csv: 2 rows stored, 2 rows invalid.");
        var lines = upload.GetByTestId("csv-invalid-line");
        await Expect(lines).ToHaveTextAsync(["3", "5", "5"]);
        await Expect(upload.GetByTestId("csv-invalid-rows")).ToContainTextAsync("Last name");
        await Expect(upload.GetByTestId("csv-invalid-rows")).ToContainTextAsync("Email");
        await Expect(upload.GetByTestId("csv-invalid-rows")).ToContainTextAsync("Start date");
        await upload.ScreenshotAsync(new() { Path = Path.Combine(ArtifactsFolder, "csv-upload-report.png") });

        await upload.GetByRole(AriaRole.Link, new() { Name = "Open Exports" }).ClickAsync();
        await Expect(Page).ToHaveURLAsync(new Regex("/exports$"));
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
}
