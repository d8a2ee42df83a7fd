using System.Text.RegularExpressions;
using HireHub.Tests.Api;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace HireHub.Tests.E2E;

/// <summary>
/// HireHub in Dutch, as a Dutch HR professional uses it: chosen with the app bar's switch, kept over the browser's own
/// language, and holding once the page is live, through dialogs and live updates.
/// </summary>
public sealed partial class DutchTests : BrowserTest, IClassFixture<ChromiumWithHireHub>
{
    // Demo data: Adrian has every field a hire needs; 000101 is a vacant position of his legal entity, USMF.
    private const string Candidate = "Adrian Dumitrascu";
    private const string Position = "000101 · Software Engineer · Engineering";

    private readonly ChromiumWithHireHub chromium;

    // Not a primary constructor: the fixture is kept here for a second browser, and handed to the base class too.
    public DutchTests(ChromiumWithHireHub chromium)
        : base(chromium) => this.chromium = chromium;

    [Fact]
    public async Task Hire_InDutch_FromTheLanguageSwitchToTheConfirmation()
    {
        await SignInAsync("hanna.reyes", "/personnel-management");
        await Expect(Page.GetByRole(AriaRole.Heading, new() { Name = "Personnel management", Level = 1 })).ToBeVisibleAsync();

        await Page.GetByTestId("language-switch").GetByRole(AriaRole.Button, new() { Name = "Nederlands" }).ClickAsync();

        await Expect(Page.Locator("html")).ToHaveAttributeAsync("lang", "nl");
        await WaitUntilInteractiveAsync();
        await Expect(Page).ToHaveURLAsync(new Regex("/personnel-management$"));
        await Expect(Page.GetByRole(AriaRole.Heading, new() { Name = "Personeelsbeheer", Level = 1 })).ToBeVisibleAsync();
        await Expect(Page.GetByRole(AriaRole.Button, new() { Name = "Nederlands" })).ToHaveAttributeAsync("aria-current", "true");
        var panel = Page.GetByTestId("candidates-to-hire");
        await Expect(panel.GetByRole(AriaRole.Heading, new() { Name = "Aan te stellen kandidaten" })).ToBeVisibleAsync();
        await Expect(panel.GetByTestId("candidate-name")).ToHaveCountAsync(10);
        await Expect(panel.GetByRole(AriaRole.Columnheader, new() { Name = "Functie" })).ToBeVisibleAsync();
        await Expect(panel.GetByRole(AriaRole.Columnheader, new() { Name = "Begindatum" })).ToBeVisibleAsync();
        var candidate = panel.GetByRole(AriaRole.Row).Filter(new() { Has = Page.GetByTestId("candidate-name").GetByText(Candidate, new() { Exact = true }) });
        await Expect(candidate.Locator("td[data-label=Begindatum]")).ToHaveTextAsync(DutchDate());
        await Page.ScreenshotAsync(new() { Path = Path.Combine(ArtifactsFolder, "personnel-management-nl.png") });

        await candidate.GetByRole(AriaRole.Button, new() { Name = $"{Candidate} aanstellen", Exact = true }).ClickAsync();

        var dialog = Page.GetByRole(AriaRole.Dialog);
        await Expect(dialog).ToContainTextAsync("Nieuwe werknemer aanstellen");
        await Expect(dialog.Locator("label[for=hire-first-name]")).ToContainTextAsync("Voornaam");
        await Expect(dialog.Locator("label[for=hire-last-name]")).ToContainTextAsync("Achternaam");
        await Expect(dialog.Locator("label[for=hire-email]")).ToContainTextAsync("E-mailadres");
        await Expect(dialog.Locator("label[for=hire-phone]")).ToContainTextAsync("Telefoonnummer");
        await Expect(dialog).ToContainTextAsync("Begindatum dienstverband");
        await Expect(dialog).ToContainTextAsync("Type werknemer");
        await Expect(dialog.Locator("#hire-first-name")).ToHaveValueAsync("Adrian");
        await dialog.Locator("#hire-position").FillAsync("000101");
        await Page.GetByRole(AriaRole.Option, new() { Name = Position }).ClickAsync();
        await Expect(dialog.Locator("#hire-position")).ToHaveValueAsync(Position);
        await dialog.ScreenshotAsync(new() { Path = Path.Combine(ArtifactsFolder, "hire-new-worker-dialog-nl.png") });
        await Page.ScreenshotAsync(new() { Path = Path.Combine(ArtifactsFolder, "personnel-management-nl-hire.png") });

        await dialog.GetByRole(AriaRole.Button, new() { Name = "Aanstellen", Exact = true }).ClickAsync();

        await Expect(dialog).ToBeHiddenAsync();
        var success = Page.GetByTestId("hire-success");
        await Expect(success).ToContainTextAsync(new Regex($@"{Candidate} is aangesteld als werknemer \d{{6}}\."));
        await Expect(success.GetByTestId("hire-success-link")).ToHaveTextAsync("Werknemer openen");
        await Expect(candidate).ToHaveCountAsync(0);
        await Page.ScreenshotAsync(new() { Path = Path.Combine(ArtifactsFolder, "personnel-management-nl-after-hire.png"), FullPage = true });

        // An ATS exports a candidate meanwhile, in English (it sends no Accept-Language): the Dutch panel shows the
        // newcomer at once and stays Dutch, although the refresh comes from the English request's export.
        using var ats = App.LiveApiClient(HireHub.Core.Data.ReferenceData.LinkedInClientId.ToString());
        using (var exported = await ats.ExportAsync(ApiCalls.Candidate("E2E-NL-1", c => (c["firstName"], c["lastName"]) = ("Femke", "Visser"))))
        {
            Assert.Equal(System.Net.HttpStatusCode.Created, exported.StatusCode);
        }

        var newcomer = panel.GetByRole(AriaRole.Row).Filter(new() { Has = Page.GetByTestId("candidate-name").GetByText("Femke Visser", new() { Exact = true }) });
        await Expect(newcomer.GetByRole(AriaRole.Button, new() { Name = "Femke Visser aanstellen", Exact = true })).ToBeVisibleAsync();
        await Expect(newcomer.GetByTestId("candidate-source")).ToHaveTextAsync("via LinkedIn Talent Hub");
        await Expect(panel.GetByRole(AriaRole.Heading, new() { Name = "Aan te stellen kandidaten" })).ToBeVisibleAsync();
    }

    [Fact]
    public async Task Language_ThePersonsChoiceBeatsTheBrowser_AndTheBrowserBeatsEnglish()
    {
        // This test's own browser asks for en-US: English.
        await Page.GotoAsync("account/sign-in");
        await Expect(Page.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToHaveTextAsync("Sign in to HireHub");

        // A browser set to Dutch gets Dutch without asking.
        await using var dutchBrowser = await chromium.Browser.NewContextAsync(new()
        {
            BaseURL = App.Address.ToString(), Locale = "nl-NL", TimezoneId = "UTC", ViewportSize = new() { Width = 1440, Height = 1100 },
        });
        var page = await dutchBrowser.NewPageAsync();
        await page.GotoAsync("account/sign-in?ReturnUrl=%2Fpersonnel-management");
        await Expect(page.Locator("html")).ToHaveAttributeAsync("lang", "nl");
        await Expect(page.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToHaveTextAsync("Aanmelden bij HireHub");
        await Expect(page.GetByTestId("sign-in-hanna.reyes")).ToContainTextAsync("HR-adviseur");
        await page.ScreenshotAsync(new() { Path = Path.Combine(ArtifactsFolder, "sign-in-nl.png") });

        // The person picks English: English from then on, although the browser still asks for Dutch.
        await page.GetByRole(AriaRole.Button, new() { Name = "English" }).ClickAsync();
        await Expect(page.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToHaveTextAsync("Sign in to HireHub");
        await Expect(page).ToHaveURLAsync(new Regex(@"account/sign-in\?ReturnUrl=%2Fpersonnel-management$"));
        await page.GetByTestId("sign-in-hanna.reyes").ClickAsync();
        await Expect(page.GetByTestId("interactive")).ToHaveAttributeAsync("data-interactive", "true");
        await Expect(page.GetByRole(AriaRole.Heading, new() { Name = "Personnel management", Level = 1 })).ToBeVisibleAsync();
        await Expect(page.GetByTestId("candidates-to-hire").GetByRole(AriaRole.Heading, new() { Name = "Candidates to hire" })).ToBeVisibleAsync();
        await page.ReloadAsync();
        await Expect(page.Locator("html")).ToHaveAttributeAsync("lang", "en");
    }

    [Fact]
    public async Task CultureInTheAddress_HoldsOnceThePageIsLive()
    {
        await SignInAsync("hanna.reyes", "/workers");

        await Page.GotoAsync("personnel-management?culture=nl-NL");
        await WaitUntilInteractiveAsync();

        // Opened once the page is live: rendered by the circuit, which connected without the query string.
        var panel = Page.GetByTestId("candidates-to-hire");
        await panel.GetByRole(AriaRole.Button, new() { Name = "Chen Wu niet aanstellen", Exact = true }).ClickAsync();
        var dialog = Page.GetByRole(AriaRole.Dialog);
        await Expect(dialog).ToContainTextAsync("Chen Wu niet aanstellen");
        await Expect(dialog.Locator("label[for=reason-code]")).ToContainTextAsync("Reden");
        await dialog.GetByRole(AriaRole.Button, new() { Name = "Annuleren" }).ClickAsync();
        await Expect(dialog).ToBeHiddenAsync();
    }

    [Fact]
    public async Task LostConnection_IsExplainedInDutch_AndGoesAwayOnceBack()
    {
        // The page's connection to its circuit runs through the test, which cuts it as a network failure would and
        // refuses new ones until it lets the page back in.
        var reachable = true;
        IWebSocketRoute? connection = null;
        await Page.RouteWebSocketAsync(new Regex("/_blazor"), socket =>
        {
            if (Volatile.Read(ref reachable))
            {
                socket.ConnectToServer();
                Volatile.Write(ref connection, socket);
            }
            else
            {
                _ = socket.CloseAsync(new() { Code = 4000, Reason = "unreachable" });
            }
        });
        // SignalR falls back to HTTP transports when WebSockets fail: those are cut off too.
        await Page.RouteAsync(new Regex("/_blazor"), route => Volatile.Read(ref reachable) ? route.ContinueAsync() : route.AbortAsync());
        await SignInAsync("hanna.reyes", "/workers");
        await Page.GotoAsync("workers?culture=nl-NL");
        await WaitUntilInteractiveAsync();

        Volatile.Write(ref reachable, false);
        await Volatile.Read(ref connection)!.CloseAsync(new() { Code = 4000, Reason = "network failure" });

        var notice = Page.GetByTestId("reconnect-notice");
        await Expect(notice).ToBeVisibleAsync();
        await Expect(notice).ToContainTextAsync("Opnieuw verbinding maken met HireHub");
        await Page.ScreenshotAsync(new() { Path = Path.Combine(ArtifactsFolder, "reconnecting-nl.png") });
        Volatile.Write(ref reachable, true);
        await Expect(notice).ToBeHiddenAsync();
        await Expect(Page.GetByRole(AriaRole.Heading, new() { Name = "Werknemers", Level = 1 })).ToBeVisibleAsync();
    }

    // nl-NL writes a date day first, with hyphens: 15-04-2027.
    [GeneratedRegex(@"^\s*\d{2}-\d{2}-\d{4}\s*$")]
    private static partial Regex DutchDate();
}
