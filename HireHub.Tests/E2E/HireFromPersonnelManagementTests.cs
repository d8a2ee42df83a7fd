using System.Text.RegularExpressions;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace HireHub.Tests.E2E;

/// <summary>The HR professional's path through the app: Personnel management → Candidates to hire → Hire new worker.</summary>
public sealed class HireFromPersonnelManagementTests(ChromiumWithHireHub chromium) : BrowserTest(chromium), IClassFixture<ChromiumWithHireHub>
{
    // Demo data: Adrian has every field a hire needs; 000101 is a vacant position of his legal entity, USMF.
    private const string Candidate = "Adrian Dumitrascu";
    private const string Position = "000101 · Software Engineer · Engineering";

    [Fact]
    public async Task Hire_FromCandidatesToHire_CreatesWorkerInChosenPosition()
    {
        await SignInAsync("hanna.reyes", "/personnel-management");

        var panel = Page.GetByTestId("candidates-to-hire");
        await Expect(panel.GetByRole(AriaRole.Heading, new() { Name = "Candidates to hire" })).ToBeVisibleAsync();
        await Expect(panel.GetByTestId("candidate-name")).ToHaveCountAsync(10);
        await Page.ScreenshotAsync(new() { Path = Path.Combine(ArtifactsFolder, "personnel-management.png") });
        var candidate = panel.GetByRole(AriaRole.Row).Filter(new() { Has = Page.GetByTestId("candidate-name").GetByText(Candidate, new() { Exact = true }) });
        await Expect(candidate).ToHaveCountAsync(1);
        await Expect(candidate.GetByTestId("missing-data")).ToHaveCountAsync(0);
        await panel.ScreenshotAsync(new() { Path = Path.Combine(ArtifactsFolder, "candidates-to-hire-panel.png") });

        await candidate.GetByRole(AriaRole.Button, new() { Name = $"Hire {Candidate}", Exact = true }).ClickAsync();

        var dialog = Page.GetByRole(AriaRole.Dialog);
        await Expect(dialog).ToContainTextAsync("Hire new worker");
        await Expect(dialog.Locator("#hire-first-name")).ToHaveValueAsync("Adrian");
        await Expect(dialog.Locator("#hire-last-name")).ToHaveValueAsync("Dumitrascu");
        await dialog.Locator("#hire-position").FillAsync("000101");
        await Page.GetByRole(AriaRole.Option, new() { Name = Position }).ClickAsync();
        await Expect(dialog.Locator("#hire-position")).ToHaveValueAsync(Position);
        await dialog.ScreenshotAsync(new() { Path = Path.Combine(ArtifactsFolder, "hire-new-worker-dialog.png") });

        await dialog.GetByTestId("hire-continue").ClickAsync();

        await Expect(dialog).ToBeHiddenAsync();
        var success = Page.GetByTestId("hire-success");
        await Expect(success).ToContainTextAsync(new Regex($@"{Candidate} was hired as worker \d{{6}}\."));
        var workerLink = success.GetByTestId("hire-success-link");
        await Expect(workerLink).ToHaveAttributeAsync("href", new Regex(@"^workers/\d{6}$"));
        var personnelNumber = (await workerLink.GetAttributeAsync("href"))!["workers/".Length..];
        await Expect(success).ToContainTextAsync($"hired as worker {personnelNumber}.");
        await Expect(candidate).ToHaveCountAsync(0);
        await Page.EvaluateAsync("() => window.scrollTo(0, 0)");
        await Page.ScreenshotAsync(new() { Path = Path.Combine(ArtifactsFolder, "personnel-management-after-hire.png"), FullPage = true });

        await Page.GetByRole(AriaRole.Link, new() { Name = "Workers", Exact = true }).ClickAsync();
        await Expect(Page.GetByRole(AriaRole.Heading, new() { Name = "Workers", Exact = true })).ToBeVisibleAsync();
        await Page.Locator("#worker-search").FillAsync("Dumitrascu");
        var worker = Page.GetByTestId("workers-grid").GetByRole(AriaRole.Row).Filter(new() { HasText = Candidate });
        await Expect(worker).ToHaveCountAsync(1);
        await Expect(worker).ToContainTextAsync(personnelNumber);
        await Expect(worker).ToContainTextAsync("Software Engineer");

        await worker.GetByTestId("worker-link").ClickAsync();

        await Expect(Page.GetByTestId("worker-name")).ToHaveTextAsync(Candidate);
        await Expect(Page.GetByTestId("worker-personnel-number")).ToContainTextAsync(personnelNumber);
        await Expect(Page.GetByTestId("worker-positions")).ToContainTextAsync("000101 · Software Engineer");
    }

    [Fact]
    public async Task HireButton_WhenReachedWithTab_OpensTheDialogWithEnter()
    {
        await SignInAsync("hanna.reyes", "/personnel-management");
        var hire = Page.GetByTestId("candidates-to-hire").GetByRole(AriaRole.Button, new() { Name = "Hire Chen Wu", Exact = true });
        await Expect(hire).ToBeVisibleAsync();

        // From the search box, through the column headers and the rows above, as a keyboard user would go.
        await Page.Locator("#candidate-search").FocusAsync();
        for (var presses = 0; !await hire.EvaluateAsync<bool>("button => button === document.activeElement"); presses++)
        {
            Assert.True(presses < 60, "Tab did not reach the Hire button within 60 presses.");
            await Page.Keyboard.PressAsync("Tab");
        }

        await Page.Keyboard.PressAsync("Enter");

        var dialog = Page.GetByRole(AriaRole.Dialog);
        await Expect(dialog).ToContainTextAsync("Chen Wu");
        await Expect(Page.Locator("[role=dialog]:focus-within")).ToHaveCountAsync(1);
        await Page.Keyboard.PressAsync("Escape");
        await Expect(dialog).ToBeHiddenAsync();
        await Expect(hire).ToBeFocusedAsync();
    }
}
