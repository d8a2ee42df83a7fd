using Bunit;
using HireHub.Core.Data;
using HireHub.Core.Domain;
using HireHub.Web.Components.Pages.Admin.Privacy;
using Microsoft.EntityFrameworkCore;

namespace HireHub.Tests.Components.Admin;

/// <summary>An administrator finds a candidate on the privacy page, puts it on legal hold, and erases it.</summary>
public sealed class PrivacyPageTests : AdminPageTest
{
    // Each step is a database round trip (and the search a real 300 ms debounce) on a build machine shared with other builds.
    private static readonly TimeSpan Patience = TimeSpan.FromSeconds(30);

    [Fact]
    public async Task Erase_AfterConfirming_RemovesTheCandidatesPersonalData()
    {
        var candidate = await FirstUnprocessedAsync();
        var page = RenderPage<PrivacyPage>();
        await page.ClickWhenShownAsync($"[data-testid=erase-{candidate.Id}]", Patience);

        Dialogs.WaitForAssertion(() => Assert.Contains(candidate.FirstName, Dialogs.Find(".mud-dialog").TextContent, StringComparison.Ordinal), Patience);
        Assert.Equal("This cannot be undone.", Dialogs.Find("[data-testid=confirm-warning]").TextContent.Trim());
        Assert.Contains("mud-button-filled-error", Dialogs.Find("[data-testid=confirm-action]").ClassName, StringComparison.Ordinal);
        await Dialogs.ClickButtonAsync("Erase");

        page.WaitForAssertion(() => Assert.Empty(page.FindAll($"[data-testid=erase-{candidate.Id}]")), Patience);
        var after = await ReloadAsync(candidate.Id);
        Assert.Equal(("", null, null), (after.FirstName, after.Email, after.Phone));
        Assert.NotNull(after.AnonymisedAt);
        Assert.NotEmpty(page.FindAll("[data-testid=candidate-anonymised]"));
    }

    [Fact]
    public async Task Erase_WhenTheAdminCancels_ChangesNothing()
    {
        var candidate = await FirstUnprocessedAsync();
        var page = RenderPage<PrivacyPage>();
        await page.ClickWhenShownAsync($"[data-testid=erase-{candidate.Id}]", Patience);

        Dialogs.WaitForElement(".mud-dialog", Patience);
        await Dialogs.ClickButtonAsync("Cancel");

        Dialogs.WaitForAssertion(() => Assert.Empty(Dialogs.FindAll(".mud-dialog")), Patience);
        Assert.Equal(candidate.Email, (await ReloadAsync(candidate.Id)).Email);
    }

    [Fact]
    public async Task LegalHold_NeedsAReason_ThenDisablesErase_WithTheHoldsReason()
    {
        var candidate = await FirstUnprocessedAsync();
        var page = RenderPage<PrivacyPage>();
        await page.ClickWhenShownAsync($"[data-testid=legal-hold-{candidate.Id}]", Patience);

        await Dialogs.ClickWhenShownAsync("[data-testid=legal-hold-confirm]", Patience);
        Dialogs.WaitForAssertion(() => Assert.Contains("Say why", Dialogs.Find("[data-testid=legal-hold-dialog]").TextContent, StringComparison.Ordinal), Patience);
        Assert.False((await ReloadAsync(candidate.Id)).LegalHold);

        await Dialogs.ChangeAsync("#legal-hold-reason", "Employment tribunal claim 2027-31");
        await Dialogs.ClickAsync("[data-testid=legal-hold-confirm]");
        page.WaitForAssertion(() => Assert.NotEmpty(page.FindAll("[data-testid=candidate-legal-hold]")), Patience);
        Assert.Equal("Employment tribunal claim 2027-31", (await ReloadAsync(candidate.Id)).LegalHoldReason);

        var erase = page.Find($"[data-testid=erase-{candidate.Id}]");
        Assert.True(erase.HasAttribute("disabled"));
        Assert.Equal($"hold-blocks-erase-{candidate.Id}", erase.GetAttribute("aria-describedby"));
        Assert.Equal(
            "Erase is not possible while the candidate is on legal hold: Employment tribunal claim 2027-31",
            page.Find($"[data-testid=hold-blocks-erase-{candidate.Id}]").TextContent.Trim());
        Assert.Equal(candidate.Email, (await ReloadAsync(candidate.Id)).Email);
    }

    [Fact]
    public async Task Search_FindsTheCandidateByEmail_InTheDatabase()
    {
        var candidate = await FirstUnprocessedAsync();
        var page = RenderPage<PrivacyPage>();
        page.WaitForElement($"[data-testid=erase-{candidate.Id}]", Patience);

        await page.TypeAsync("#privacy-candidate-search", candidate.Email!);

        page.WaitForAssertion(() => Assert.Equal(candidate.FirstName + " " + candidate.LastName, page.Find("[data-testid=privacy-candidate-name]").TextContent.Trim()), Patience);
        page.WaitForAssertion(() => Assert.Single(page.FindAll("[data-testid=privacy-candidate-name]")), Patience);
    }

    private async Task<ExportedCandidate> FirstUnprocessedAsync()
    {
        await using var db = await Get<IDbContextFactory<HireHubDbContext>>().CreateDbContextAsync(Xunit.TestContext.Current.CancellationToken);
        return await db.ExportedCandidates.AsNoTracking().Where(c => c.Status == CandidateStatus.NotProcessed && c.Email != null && c.MiddleName == null)
            .OrderByDescending(c => c.ReceivedAt).FirstAsync(Xunit.TestContext.Current.CancellationToken);
    }

    private async Task<ExportedCandidate> ReloadAsync(Guid id)
    {
        await using var db = await Get<IDbContextFactory<HireHubDbContext>>().CreateDbContextAsync(Xunit.TestContext.Current.CancellationToken);
        return await db.ExportedCandidates.AsNoTracking().SingleAsync(c => c.Id == id, Xunit.TestContext.Current.CancellationToken);
    }
}
