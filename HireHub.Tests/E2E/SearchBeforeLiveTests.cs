using HireHub.Core.Data;
using HireHub.Core.Domain;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace HireHub.Tests.E2E;

/// <summary>
/// A person starts typing a search while the page is still the server's prerendered HTML (a slow connection, a busy
/// server): the page must search for what they typed once it is live, not drop it. The test holds the page's circuit
/// back until the typing is done, so the typing is always before the page is live, however fast the machine.
/// </summary>
public sealed class SearchBeforeLiveTests(ChromiumWithHireHub chromium) : BrowserTest(chromium), IClassFixture<ChromiumWithHireHub>
{
    [Theory]
    [InlineData("hanna.reyes", "/personnel-management", "candidate-search", "Dumitrascu", "candidate-name", new[] { "Adrian Dumitrascu" })]
    [InlineData("hanna.reyes", "/workers", "worker-search", "Funderburk", "worker-link", new[] { "000001" })]
    [InlineData("hanna.reyes", "/exports", "export-search", "Dumitrascu", "export-name", new[] { "Adrian Dumitrascu" })]
    [InlineData("sam.okoye", "/admin/privacy", "privacy-candidate-search", "Dumitrascu", "privacy-candidate-name", new[] { "Adrian Dumitrascu" })]
    [InlineData("sam.okoye", "/admin/application-users", "application-user-search", "nobody by this name", "application-user-name", new string[0])]
    [InlineData("sam.okoye", "/admin/audit", "audit-actor", "Keep Typed", "audit-actor-cell", new[] { "Keep Typed Tester" })]
    public async Task SearchTypedBeforeThePageIsLive_IsSearchedOnceItIs(string person, string path, string field, string typed, string resultTestId, string[] expected)
    {
        await GivenTwoAuditEventsAsync();
        await SignInAsync(person, "/");

        var live = new TaskCompletionSource();
        await Page.RouteAsync("**/_blazor/negotiate**", async route =>
        {
            await live.Task;
            await route.ContinueAsync();
        });
        await Page.GotoAsync(path);
        await Page.Locator($"#{field}").PressSequentiallyAsync(typed);
        await Expect(Page.GetByTestId("interactive")).ToHaveAttributeAsync("data-interactive", "false");
        live.SetResult();

        await WaitUntilInteractiveAsync();
        await Expect(Page.GetByTestId(resultTestId)).ToHaveTextAsync(expected);
        await Expect(Page.Locator($"#{field}")).ToHaveValueAsync(typed);
        // The field the person was typing in still has the focus, so they can go on typing.
        await Expect(Page.Locator($"#{field}")).ToBeFocusedAsync();
    }

    private async Task GivenTwoAuditEventsAsync()
    {
        await using var db = await App.Services.GetRequiredService<IDbContextFactory<HireHubDbContext>>().CreateDbContextAsync(TestContext.Current.CancellationToken);
        if (!await db.AuditEvents.AnyAsync(e => e.Actor == "Keep Typed Tester", TestContext.Current.CancellationToken))
        {
            db.AuditEvents.AddRange(
                new AuditEvent { Actor = "Keep Typed Tester", Action = "Test", EntityType = "Test", EntityId = "1", OccurredAt = DateTimeOffset.UtcNow },
                new AuditEvent { Actor = "Someone Else", Action = "Test", EntityType = "Test", EntityId = "2", OccurredAt = DateTimeOffset.UtcNow });
            await db.SaveChangesAsync(TestContext.Current.CancellationToken);
        }
    }
}
