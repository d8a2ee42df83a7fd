using System.Globalization;
using System.Net;
using System.Text;
using HireHub.Core.Data;
using HireHub.Tests.Api;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace HireHub.Tests.E2E;

/// <summary>
/// Issue 16's recruiter input and corrections in Chromium: one email rule wherever an address comes in, a worker's
/// email corrected and audited, a European Excel file previewed then imported, and a known candidate ID that loads
/// what is stored for it into the form.
/// </summary>
public sealed class TrustedInputTests(ChromiumWithHireHub chromium) : BrowserTest(chromium), IClassFixture<ChromiumWithHireHub>
{
    private const string BadEmail = "fatima zahra@example";
    private static readonly string Start = DateTime.UtcNow.AddDays(45).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    [Fact]
    public async Task ABadEmail_IsRefusedByTheApiTheFormTheCsvPreviewAndTheHireDialog()
    {
        using var ats = App.LiveApiClient(ReferenceData.LinkedInClientId.ToString());
        using var api = await ats.ExportAsync(ApiCalls.Candidate("E2E-MAIL-API", c => c["email"] = BadEmail));
        Assert.Equal(HttpStatusCode.BadRequest, api.StatusCode);

        await SignInAsync("riya.patel", "/exports/new");
        var form = Page.GetByTestId("export-form");
        await form.Locator("#export-candidateId").FillAsync("E2E-MAIL-FORM");
        await form.Locator("#export-firstName").FillAsync("Fatima");
        await form.Locator("#export-lastName").FillAsync("Zahra");
        await form.Locator("#export-email").FillAsync(BadEmail);
        await form.Locator("#export-startDate").FillAsync(Start);
        await form.Locator("#export-startDate").BlurAsync();
        await form.GetByTestId("export-submit").ClickAsync();
        await Expect(form.Locator(".mud-input-control").Filter(new() { Has = Page.Locator("#export-email") })).ToContainTextAsync("email address");
        await Expect(form.GetByTestId("export-success")).ToHaveCountAsync(0);

        await ChooseCsvAsync("mail.csv", $"candidateId,firstName,lastName,email,startDate\nE2E-MAIL-CSV,Fatima,Zahra,{BadEmail},{Start}\n");
        await Expect(Page.GetByTestId("csv-preview-summary")).ToContainTextAsync("1 rows read, 0 valid, 1 refused");
        await Expect(Page.GetByTestId("csv-invalid-rows")).ToContainTextAsync("Email");
        await Expect(Page.GetByTestId("csv-import")).ToBeDisabledAsync();

        // A candidate whose stored address breaks the rule (stored before it): the dialog opens with it marked and
        // refuses the hire until it is corrected.
        var flaggedName = await App.Services.GetRequiredService<IDbContextFactory<HireHubDbContext>>().WriteAsync(async (db, ct) =>
        {
            var candidate = await db.ExportedCandidates.FirstAsync(c => c.Status == global::HireHub.Core.Domain.CandidateStatus.NotProcessed && c.AnonymisedAt == null, ct);
            candidate.Email = BadEmail;
            return candidate.LastName;
        }, _ => true, TestContext.Current.CancellationToken);
        await Page.Context.ClearCookiesAsync();
        await SignInAsync("hanna.reyes", "/personnel-management");
        await Page.Locator("#candidate-search").FillAsync(flaggedName);
        var flagged = Page.GetByTestId("candidates-to-hire").GetByRole(AriaRole.Row).Filter(new() { HasText = "Email not valid" });
        await flagged.Locator("[data-testid^=hire-]").First.ClickAsync();
        var dialog = Page.GetByRole(AriaRole.Dialog);
        var emailControl = dialog.Locator(".mud-input-control").Filter(new() { Has = Page.Locator("#hire-email") });
        await Expect(emailControl).ToContainTextAsync("email address");
        await dialog.ScreenshotAsync(new() { Path = Path.Combine(ArtifactsFolder, "trust-bad-email-dialog-opened.png") });
        await dialog.GetByTestId("hire-continue").ClickAsync();
        await Expect(emailControl).ToContainTextAsync("email address");
        await Expect(dialog).ToBeVisibleAsync();
        await dialog.ScreenshotAsync(new() { Path = Path.Combine(ArtifactsFolder, "trust-bad-email-dialog.png") });
    }

    [Fact]
    public async Task AWorkersEmail_IsCorrectedOnTheWorkerPage_AndAudited()
    {
        await SignInAsync("hanna.reyes", "/workers/000001");
        var name = (await Page.GetByTestId("worker-name").InnerTextAsync()).Trim();
        await Page.GetByTestId("edit-contact").ClickAsync();
        var dialog = Page.GetByRole(AriaRole.Dialog);
        var email = dialog.Locator("#worker-email");
        await email.FillAsync(BadEmail);
        await dialog.GetByTestId("worker-contact-save").ClickAsync();
        await Expect(dialog).ToContainTextAsync("email address");

        await email.FillAsync("corrected.address@contoso.com");
        await dialog.GetByTestId("worker-contact-save").ClickAsync();
        await Expect(dialog).ToBeHiddenAsync();
        await Expect(Page.GetByTestId("worker-email")).ToHaveTextAsync("corrected.address@contoso.com");
        await Page.ScreenshotAsync(new() { Path = Path.Combine(ArtifactsFolder, "trust-worker-email-corrected.png"), FullPage = true });

        var audited = await App.Services.GetRequiredService<IDbContextFactory<HireHubDbContext>>().CreateDbContextAsync(TestContext.Current.CancellationToken);
        await using (audited)
        {
            var entry = await audited.AuditEvents.AsNoTracking().Where(e => e.After != null && e.After.Contains("corrected.address@contoso.com"))
                .SingleAsync(TestContext.Current.CancellationToken);
            Assert.Equal("Hanna Reyes", entry.Actor);
            Assert.DoesNotContain("corrected.address", entry.Before);
        }

        // The administrator finds it by the worker's name, typed in any case, and reads it in words.
        await Page.Context.ClearCookiesAsync();
        await SignInAsync("sam.okoye", "/admin/audit");
        await Expect(Page.GetByTestId("audit-grid")).ToBeVisibleAsync();
        await Page.Locator("#audit-record").FillAsync(name.ToLowerInvariant());
        var rows = Page.GetByTestId("audit-grid").Locator("tbody tr");
        await Expect(rows).ToHaveCountAsync(1);
        var row = rows.First;
        await Expect(row.GetByTestId("audit-action-cell")).ToHaveTextAsync("Contact details changed");
        await Expect(row.GetByTestId("audit-record-cell")).ToHaveTextAsync($"{name} (000001)");
        await Expect(row.GetByTestId("audit-change").Filter(new() { HasText = "Email" })).ToContainTextAsync("→ corrected.address@contoso.com");
        await Page.ScreenshotAsync(new() { Path = Path.Combine(ArtifactsFolder, "trust-audit-log-in-words.png"), FullPage = true });
    }

    [Fact]
    public async Task ASemicolonCsvWithDutchHeaders_IsPreviewed_ThenItsValidRowsImported()
    {
        var csv = string.Join("\n",
            "Kandidaat-ID;Voornaam;Achternaam;E-mailadres;Telefoonnummer;Begindatum;Functie;Locatie",
            $"E2E-NL-1;Sanne;de Vries;sanne.devries@example.nl;;{Start};Verpleegkundige;\"Utrecht; centrum\"",
            $"E2E-NL-2;Daan;Bakker;{BadEmail};;{Start};Analist;Delft",
            $"E2E-NL-3;Emma;Jansen;emma.jansen@example.nl;;{Start};Planner;Gouda");

        await SignInAsync("riya.patel", "/exports/new");
        await ChooseCsvAsync("nl-export.csv", csv);

        var preview = Page.GetByTestId("csv-preview");
        await Expect(preview.GetByTestId("csv-preview-summary")).ToContainTextAsync("nl-export.csv: 3 rows read, 2 valid, 1 refused. Nothing is stored until you import.");
        await Expect(preview.GetByTestId("csv-preview-name")).ToHaveTextAsync(["Sanne de Vries", "Emma Jansen"]);
        await Expect(preview.GetByTestId("csv-invalid-line")).ToHaveTextAsync(["3"]);
        await preview.ScreenshotAsync(new() { Path = Path.Combine(ArtifactsFolder, "trust-csv-preview.png") });
        Assert.Equal(0, await CountAsync("E2E-NL-"));

        var download = await Page.RunAndWaitForDownloadAsync(() => preview.GetByTestId("csv-rejected-download").ClickAsync());
        var rejected = await File.ReadAllTextAsync(await download.PathAsync(), TestContext.Current.CancellationToken);
        Assert.Equal("nl-export-refused.csv", download.SuggestedFilename);
        Assert.Contains($"E2E-NL-2;Daan;Bakker;{BadEmail}", rejected);
        Assert.Contains("Email: ", rejected);

        await preview.GetByTestId("csv-import").ClickAsync();
        await Expect(Page.GetByTestId("csv-summary")).ToContainTextAsync("nl-export.csv: 2 rows stored, 1 rows invalid.");
        Assert.Equal(2, await CountAsync("E2E-NL-"));
    }

    [Fact]
    public async Task AKnownCandidateId_LoadsItsStoredValuesIntoTheForm_SoAReExportKeepsThem()
    {
        using var ats = App.LiveApiClient(ReferenceData.LinkedInClientId.ToString());
        await SignInAsync("riya.patel", "/exports/new");
        var form = Page.GetByTestId("export-form");
        await form.Locator("#export-candidateId").FillAsync("E2E-KNOWN-1");
        await form.Locator("#export-firstName").FillAsync("Lars");
        await form.Locator("#export-lastName").FillAsync("Visser");
        await form.Locator("#export-email").FillAsync("lars.visser@example.nl");
        await form.Locator("#export-phone").FillAsync("+31 20 555 0101");
        await form.Locator("#export-startDate").FillAsync(Start);
        await form.Locator("#export-jobTitle").FillAsync("Controller");
        await form.Locator("#export-location").FillAsync("Amsterdam");
        await form.Locator("#export-location").BlurAsync();
        await form.GetByTestId("export-submit").ClickAsync();
        await Expect(form.GetByTestId("export-success")).ToBeVisibleAsync();

        await form.Locator("#export-candidateId").FillAsync("E2E-KNOWN-1");
        await form.Locator("#export-candidateId").BlurAsync();
        await Expect(form.GetByTestId("export-updating")).ToContainTextAsync("E2E-KNOWN-1 is Lars Visser, revision 1 here.");
        await form.GetByTestId("export-load-known").ClickAsync();
        await Expect(form.GetByTestId("export-updating")).ToContainTextAsync("Updating revision 1 of Lars Visser");
        await Expect(form.Locator("#export-jobTitle")).ToHaveValueAsync("Controller");
        await Expect(form.Locator("#export-location")).ToHaveValueAsync("Amsterdam");
        await form.ScreenshotAsync(new() { Path = Path.Combine(ArtifactsFolder, "trust-form-updating.png") });
        await form.Locator("#export-jobTitle").FillAsync("Senior Controller");
        await form.Locator("#export-jobTitle").BlurAsync();
        await form.GetByTestId("export-submit").ClickAsync();
        await Expect(form.GetByTestId("export-success")).ToContainTextAsync("HR now sees revision 2.");

        var stored = await App.Services.GetRequiredService<IDbContextFactory<HireHubDbContext>>().CreateDbContextAsync(TestContext.Current.CancellationToken);
        await using (stored)
        {
            var candidate = await stored.ExportedCandidates.AsNoTracking().SingleAsync(c => c.CandidateId == "E2E-KNOWN-1", TestContext.Current.CancellationToken);
            Assert.Equal(("Senior Controller", "Amsterdam", "+31205550101"), (candidate.JobTitle, candidate.Location, candidate.Phone));
        }
    }

    private async Task ChooseCsvAsync(string name, string csv) =>
        await Page.GetByTestId("csv-upload").Locator("input[type=file]").SetInputFilesAsync(new FilePayload
        {
            Name = name,
            MimeType = "text/csv",
            Buffer = Encoding.UTF8.GetBytes(csv),
        });

    private async Task<int> CountAsync(string candidateIdPrefix)
    {
        await using var db = await App.Services.GetRequiredService<IDbContextFactory<HireHubDbContext>>().CreateDbContextAsync(TestContext.Current.CancellationToken);
        return await db.ExportedCandidates.CountAsync(c => c.CandidateId.StartsWith(candidateIdPrefix), TestContext.Current.CancellationToken);
    }
}
