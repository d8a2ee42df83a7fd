using System.Text.RegularExpressions;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace HireHub.Tests.E2E;

/// <summary>
/// After the hire, in Chromium on the demo data: the dialog's Onboarding checklists, the onboarding page, dismissing a
/// fresh hire as a no-show, and hiring several candidates at once. Each test uses candidates no other test here touches.
/// </summary>
public sealed class OnboardingTests(ChromiumWithHireHub chromium) : BrowserTest(chromium), IClassFixture<ChromiumWithHireHub>
{
    [Fact]
    public async Task Hire_KeepingThePreselectedChecklists_ThenCompleteATaskOnTheOnboardingPage()
    {
        await SignInAsync("hanna.reyes", "/personnel-management");
        var dialog = await OpenHireDialogAsync("Priya Sharma");
        var checklists = dialog.GetByTestId("onboarding-checklists");
        await Expect(Checkbox(checklists, "General onboarding")).ToBeCheckedAsync();
        await Expect(Checkbox(checklists, "IT equipment")).ToBeCheckedAsync();
        await Expect(Checkbox(checklists, "Contractor access")).Not.ToBeCheckedAsync();
        await Expect(checklists.GetByTestId("checklists-summary")).ToContainTextAsync("Adds 11 onboarding tasks; the first is due on");
        await checklists.ScrollIntoViewIfNeededAsync();
        await dialog.ScreenshotAsync(new() { Path = Path.Combine(ArtifactsFolder, "hire-dialog-onboarding-checklists.png") });

        await dialog.GetByTestId("hire-continue").ClickAsync();

        await Expect(dialog).ToBeHiddenAsync();
        await Expect(Page.GetByTestId("hire-success")).ToContainTextAsync("Priya Sharma was hired as worker");
        await Expect(Page.GetByTestId("hire-success-onboarding")).ToHaveTextAsync("Onboarding: 11 tasks");

        await Page.GetByRole(AriaRole.Link, new() { Name = "Onboarding", Exact = true }).ClickAsync();
        await Expect(Page.GetByRole(AriaRole.Heading, new() { Name = "Onboarding", Exact = true })).ToBeVisibleAsync();
        // The page lists 25 tasks at a time by start date, and the other tests' hires start before Priya does: when
        // they ran first, her group is on the second page. HR finds one new worker's tasks with the search.
        await Page.Locator("#onboarding-search").FillAsync("Priya Sharma");
        var priya = Page.Locator("[data-testid=onboarding-group][data-worker='Priya Sharma']");
        await Expect(priya.GetByTestId("onboarding-progress")).ToHaveTextAsync("0/11 done");
        await Page.ScreenshotAsync(new() { Path = Path.Combine(ArtifactsFolder, "onboarding.png"), FullPage = true });
        var contract = priya.Locator("[data-task='Send the employment contract for signature']");

        await contract.GetByTestId("task-complete").ClickAsync();
        var done = Page.GetByRole(AriaRole.Dialog);
        await done.Locator("#task-comment").FillAsync("Sent through the e-signature portal.");
        await done.GetByTestId("task-dialog-confirm").ClickAsync();

        await Expect(done).ToBeHiddenAsync();
        await Expect(contract).ToHaveCountAsync(0);
        await Expect(priya.GetByTestId("onboarding-progress")).ToHaveTextAsync("1/11 done");
        await Page.Locator("#onboarding-view").SelectOptionAsync("Done");
        var completed = Page.Locator("[data-testid=onboarding-group][data-worker='Priya Sharma'] [data-task='Send the employment contract for signature']");
        await Expect(completed.GetByTestId("task-acted")).ToContainTextAsync("by Hanna Reyes");
        await Expect(completed.GetByTestId("task-comment")).ToContainTextAsync("Sent through the e-signature portal.");
    }

    [Fact]
    public async Task Dismiss_AFreshHireAsANoShow_MakesThePositionVacantForTheNextHire()
    {
        const string Position = "000105 · UX Designer · Product";
        await SignInAsync("hanna.reyes", "/personnel-management");
        var dialog = await OpenHireDialogAsync("Yara Nasser");
        await dialog.Locator("#hire-position").FillAsync("000105");
        await Page.GetByRole(AriaRole.Option, new() { Name = Position }).ClickAsync();
        await Expect(dialog.Locator("#hire-position")).ToHaveValueAsync(Position);
        await dialog.GetByTestId("hire-continue").ClickAsync();
        await Expect(dialog).ToBeHiddenAsync();
        await Expect(Page.GetByTestId("recent-hires")).ToContainTextAsync("Yara Nasser");

        await Page.GetByTestId("hire-success-link").ClickAsync();
        await Expect(Page.GetByTestId("worker-name")).ToHaveTextAsync("Yara Nasser");
        await WaitUntilInteractiveAsync();
        await Expect(Page.GetByTestId("worker-onboarding")).ToContainTextAsync("0/11 done");
        await Page.GetByTestId("dismiss-hire").ClickAsync();
        var dismiss = Page.GetByRole(AriaRole.Dialog);
        await Expect(dismiss).ToContainTextAsync("position 000105 becomes vacant again");
        await ChooseAsync(dismiss, "dismiss-reason", "No-show");
        await dismiss.Locator("#dismiss-comment").FillAsync("Did not turn up and does not answer the phone.");
        await Page.ScreenshotAsync(new() { Path = Path.Combine(ArtifactsFolder, "dismiss-after-hire.png") });
        await dismiss.GetByTestId("dismiss-hire-confirm").ClickAsync();

        await Expect(dismiss).ToBeHiddenAsync();
        await Expect(Page.GetByTestId("hire-dismissed")).ToContainTextAsync("No-show");
        await Expect(Page.GetByTestId("worker-onboarding")).ToContainTextAsync("The hire was dismissed");

        // The Exports page shows the export as dismissed (the latest updated comes first).
        await Page.GetByRole(AriaRole.Link, new() { Name = "Exports", Exact = true }).ClickAsync();
        var export = Page.GetByRole(AriaRole.Row).Filter(new() { Has = Page.GetByTestId("export-name").GetByText("Yara Nasser", new() { Exact = true }) });
        await Expect(export.GetByTestId("export-status")).ToHaveTextAsync("Dismissed");

        await Page.GetByRole(AriaRole.Link, new() { Name = "Personnel management", Exact = true }).ClickAsync();
        await Expect(Page.GetByTestId("recent-hires")).Not.ToContainTextAsync("Yara Nasser");
        var next = await OpenHireDialogAsync("Dana Birkby");
        await next.Locator("#hire-position").FillAsync("000105");
        await Expect(Page.GetByRole(AriaRole.Option, new() { Name = Position })).ToBeVisibleAsync();
    }

    [Fact]
    public async Task HireSelected_ThreeCandidates_HiresEachWithAResultPerRow()
    {
        string[] candidates = ["Bianca M. Lopes", "Chen Wu", "Emil Rasmussen"];
        await SignInAsync("hanna.reyes", "/personnel-management");
        var panel = Page.GetByTestId("candidates-to-hire");
        foreach (var name in candidates)
        {
            await panel.GetByRole(AriaRole.Checkbox, new() { Name = $"Select {name}", Exact = true }).CheckAsync();
        }

        await Expect(panel.GetByTestId("selected-count")).ToHaveTextAsync("3 selected");
        await panel.GetByTestId("bulk-hire-open").ClickAsync();
        var dialog = Page.GetByRole(AriaRole.Dialog);
        await Expect(dialog.GetByTestId("bulk-hire-row")).ToHaveCountAsync(3);
        await Expect(Checkbox(dialog, "General onboarding")).ToBeCheckedAsync();
        await dialog.GetByTestId("bulk-hire-confirm").ClickAsync();

        await Expect(dialog.GetByTestId("bulk-hire-summary")).ToHaveTextAsync("Done: 3 hired, 0 not hired.");
        await Expect(dialog.Locator("[data-outcome=hired]")).ToHaveCountAsync(3);
        foreach (var name in candidates)
        {
            await Expect(dialog.Locator($"[data-testid=bulk-hire-row][data-candidate='{name}'] [data-testid=bulk-hire-result]")).ToHaveTextAsync(new Regex(@"^Hired as worker \d{6}$"));
        }

        await dialog.ScreenshotAsync(new() { Path = Path.Combine(ArtifactsFolder, "bulk-hire.png") });
        await dialog.GetByTestId("bulk-hire-close").ClickAsync();
        await Expect(dialog).ToBeHiddenAsync();
        foreach (var name in candidates)
        {
            await Expect(panel.GetByTestId("candidate-name").GetByText(name, new() { Exact = true })).ToHaveCountAsync(0);
            await Expect(Page.GetByTestId("recent-hires")).ToContainTextAsync(name);
        }
    }

    /// <summary>Finds the candidate with the panel's search (they may be on any page) and opens the Hire new worker dialog.</summary>
    private async Task<ILocator> OpenHireDialogAsync(string candidate)
    {
        var panel = Page.GetByTestId("candidates-to-hire");
        await panel.Locator("#candidate-search").FillAsync(candidate);
        var row = panel.GetByRole(AriaRole.Row).Filter(new() { Has = Page.GetByTestId("candidate-name").GetByText(candidate, new() { Exact = true }) });
        await Expect(row).ToHaveCountAsync(1);
        await row.GetByRole(AriaRole.Button, new() { Name = $"Hire {candidate}", Exact = true }).ClickAsync();
        var dialog = Page.GetByRole(AriaRole.Dialog);
        await Expect(dialog.Locator("#hire-first-name")).ToHaveValueAsync(candidate.Split(' ')[0]);
        await Expect(dialog.GetByTestId("checklist-choice").First).ToBeVisibleAsync();
        return dialog;
    }

    private static ILocator Checkbox(ILocator scope, string checklist) => scope.Locator($"li[data-checklist='{checklist}'] input[type=checkbox]");
}
