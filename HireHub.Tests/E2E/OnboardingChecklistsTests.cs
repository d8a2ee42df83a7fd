using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace HireHub.Tests.E2E;

/// <summary>The Onboarding checklists page in Chromium: an administrator edits a demo checklist with the keyboard-friendly editor.</summary>
public sealed class OnboardingChecklistsTests(ChromiumWithHireHub chromium) : BrowserTest(chromium), IClassFixture<ChromiumWithHireHub>
{
    [Fact]
    public async Task Admin_AddsATaskToTheItChecklist_MovesItUp_AndTheListCountsIt()
    {
        await SignInAsync("sam.okoye", "/onboarding/checklists");
        var it = Page.Locator("[data-testid=checklist-template][data-checklist='IT equipment']");
        await Expect(it).ToContainTextAsync("Employees");
        await Expect(it).ToContainTextAsync("4");

        await it.GetByTestId("checklist-edit").ClickAsync();
        var dialog = Page.GetByRole(AriaRole.Dialog);
        await Expect(dialog.GetByTestId("checklist-task-editor")).ToHaveCountAsync(4);
        await dialog.GetByTestId("checklist-add-task").ClickAsync();
        await dialog.Locator("#task-title-4").FillAsync("Add to the team's chat channels");
        await dialog.Locator("#task-offset-4").FillAsync("1");
        await dialog.GetByRole(AriaRole.Button, new() { Name = "Move task Add to the team's chat channels up" }).ClickAsync();
        await Expect(dialog.Locator("#task-title-3")).ToHaveValueAsync("Add to the team's chat channels");
        await Page.ScreenshotAsync(new() { Path = Path.Combine(ArtifactsFolder, "onboarding-checklist-editor.png") });
        await dialog.GetByTestId("checklist-save").ClickAsync();

        await Expect(dialog).ToBeHiddenAsync();
        await Expect(it.Locator("td").Nth(2)).ToHaveTextAsync("5");
        await Page.ScreenshotAsync(new() { Path = Path.Combine(ArtifactsFolder, "onboarding-checklists.png") });

        await it.GetByTestId("checklist-edit").ClickAsync();
        await Expect(Page.GetByRole(AriaRole.Dialog).Locator("#task-title-3")).ToHaveValueAsync("Add to the team's chat channels");
    }
}
