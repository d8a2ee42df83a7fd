using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace HireHub.Tests.E2E;

/// <summary>
/// Personnel management on a phone (390 px) and a small laptop (1024 px): every candidate action on screen and
/// reachable, no value cut off, and at 1024 px no sideways scroll for the candidates' key columns. The screenshots
/// stay in the test artifacts for a person to look at.
/// </summary>
public sealed class NarrowScreenTests(ChromiumWithHireHub chromium) : BrowserTest(chromium), IClassFixture<ChromiumWithHireHub>
{
    [Theory]
    [InlineData(390, 844)]
    [InlineData(1024, 768)]
    public async Task PersonnelManagement_ShowsEveryCandidateAndActionWithoutClippingOrSidewaysScroll(int width, int height)
    {
        await Page.SetViewportSizeAsync(width, height);
        await SignInAsync("hanna.reyes", "/personnel-management");
        var panel = Page.GetByTestId("candidates-to-hire");
        await Expect(panel.GetByTestId("candidate-name").First).ToBeVisibleAsync();
        await Page.ScreenshotAsync(new() { Path = Path.Combine(ArtifactsFolder, $"narrow-personnel-management-{width}.png"), FullPage = true });

        // Nothing wider than the window: the page itself and the candidates' table fit it.
        Assert.True(await Page.EvaluateAsync<bool>("() => document.documentElement.scrollWidth <= window.innerWidth"), "The page scrolls sideways.");
        Assert.True(await panel.Locator(".mud-table-container").EvaluateAsync<bool>("e => e.scrollWidth <= e.clientWidth"), "The candidates table scrolls sideways.");

        // No value cut off: no cell's content is wider than the cell shows.
        var clipped = await panel.Locator("td").EvaluateAllAsync<string[]>(
            "cells => cells.filter(c => c.scrollWidth > c.clientWidth + 1).map(c => (c.dataset.label || '') + ': ' + c.innerText.trim())");
        Assert.Empty(clipped);

        // Every action of every row lies inside the window, and the first row's are pressed to prove it.
        var buttons = panel.Locator(".candidate-actions button");
        Assert.True(await buttons.CountAsync() >= 3);
        var outside = await buttons.EvaluateAllAsync<string[]>(
            "bs => bs.filter(b => { const r = b.getBoundingClientRect(); return r.left < 0 || r.right > window.innerWidth; }).map(b => b.getAttribute('aria-label'))");
        Assert.Empty(outside);
        var first = panel.Locator(".candidate-actions").First;
        foreach (var action in new[] { "hire-", "do-not-hire-", "dismiss-" })
        {
            await first.Locator($"[data-testid^={action}]").ClickAsync();
            var dialog = Page.GetByRole(AriaRole.Dialog);
            await Expect(dialog).ToBeVisibleAsync();
            var box = await dialog.BoundingBoxAsync();
            Assert.True(box is not null && box.X >= 0 && box.X + box.Width <= width + 1, $"The {action} dialog does not fit {width} px.");
            await Page.ScreenshotAsync(new() { Path = Path.Combine(ArtifactsFolder, $"narrow-{action.TrimEnd('-')}-dialog-{width}.png") });
            await Page.Keyboard.PressAsync("Escape");
            await Expect(dialog).ToBeHiddenAsync();
        }
    }
}
