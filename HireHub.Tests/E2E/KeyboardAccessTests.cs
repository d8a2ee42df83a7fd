using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace HireHub.Tests.E2E;

/// <summary>A keyboard user: the skip link first, a visible focus ring, and dialogs that keep and then give back the focus.</summary>
public sealed class KeyboardAccessTests(ChromiumWithHireHub chromium) : BrowserTest(chromium), IClassFixture<ChromiumWithHireHub>
{
    [Fact]
    public async Task FirstTab_ReachesTheSkipLink_WhichTakesTheKeyboardPastTheNavigation()
    {
        await SignInAsync("hanna.reyes", "/personnel-management");

        await Page.Keyboard.PressAsync("Tab");
        var skip = Page.GetByRole(AriaRole.Link, new() { Name = "Skip to main content" });
        await Expect(skip).ToBeFocusedAsync();
        await Expect(skip).ToBeInViewportAsync();
        await Page.ScreenshotAsync(new() { Path = Path.Combine(ArtifactsFolder, "keyboard-skip-link.png"), Clip = new() { X = 0, Y = 0, Width = 700, Height = 120 } });

        await Page.Keyboard.PressAsync("Enter");
        await Expect(Page.Locator("main#main-content")).ToBeFocusedAsync();
        await Page.Keyboard.PressAsync("Tab");
        // The next stop is inside the page, not in the app bar or the navigation.
        Assert.True(await Page.EvaluateAsync<bool>("() => document.querySelector('main').contains(document.activeElement)"));
    }

    [Fact]
    public async Task FocusedButton_ShowsAFocusRing()
    {
        await SignInAsync("hanna.reyes", "/personnel-management");
        var hire = Page.GetByTestId("candidates-to-hire").Locator("[data-testid^=hire-]").First;

        await hire.FocusAsync();
        await Page.Keyboard.PressAsync("Shift+Tab");
        await Page.Keyboard.PressAsync("Tab");

        await Expect(hire).ToBeFocusedAsync();
        var outline = await hire.EvaluateAsync<string>("b => getComputedStyle(b).outlineStyle + ' ' + getComputedStyle(b).outlineWidth");
        Assert.Equal("solid 2px", outline);
        var box = (await hire.BoundingBoxAsync())!;
        await Page.ScreenshotAsync(new() { Path = Path.Combine(ArtifactsFolder, "keyboard-focus-ring.png"), Clip = new() { X = box.X - 60, Y = box.Y - 12, Width = box.Width + 120, Height = box.Height + 24 } });
    }

    [Fact]
    public async Task HireDialog_KeepsTheFocusInside_AndGivesItBackToTheButtonThatOpenedIt()
    {
        await SignInAsync("hanna.reyes", "/personnel-management");
        var hire = Page.GetByTestId("candidates-to-hire").Locator("[data-testid^=hire-]").First;
        await hire.FocusAsync();
        await Page.Keyboard.PressAsync("Enter");

        var dialog = Page.GetByRole(AriaRole.Dialog);
        await Expect(dialog).ToBeVisibleAsync();
        await Expect(Page.Locator("#hire-first-name")).ToBeVisibleAsync();
        for (var i = 0; i < 30; i++)
        {
            await Page.Keyboard.PressAsync("Tab");
            Assert.True(await InsideDialogAsync(), $"Tab {i + 1} left the dialog for {await FocusedAsync()}.");
        }

        await Page.Keyboard.PressAsync("Escape");
        await Expect(dialog).ToHaveCountAsync(0);
        await Expect(hire).ToBeFocusedAsync();
    }

    private Task<bool> InsideDialogAsync() =>
        Page.EvaluateAsync<bool>("() => !!document.activeElement.closest('[role=dialog], .mud-dialog-container')");

    private Task<string> FocusedAsync() => Page.EvaluateAsync<string>("() => document.activeElement.outerHTML.slice(0, 200)");
}
