using Bunit;
using HireHub.Core.Data;
using HireHub.Core.Domain;
using HireHub.Web.Components.Pages.Admin.Privacy;
using Microsoft.EntityFrameworkCore;
using MudBlazor;

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
        page.WaitForElement($"[data-testid=erase-{candidate.Id}]", Patience).Click();

        Dialogs.WaitForAssertion(() => Assert.Contains(candidate.FirstName, Dialogs.Find(".mud-dialog").TextContent, StringComparison.Ordinal), Patience);
        Dialogs.FindAll(".mud-dialog button").Single(b => b.TextContent.Trim() == "Erase").Click();

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
        page.WaitForElement($"[data-testid=erase-{candidate.Id}]", Patience).Click();

        Dialogs.WaitForElement(".mud-dialog", Patience);
        Dialogs.FindAll(".mud-dialog button").Single(b => b.TextContent.Trim() == "Cancel").Click();

        Dialogs.WaitForAssertion(() => Assert.Empty(Dialogs.FindAll(".mud-dialog")), Patience);
        Assert.Equal(candidate.Email, (await ReloadAsync(candidate.Id)).Email);
    }

    [Fact]
    public async Task LegalHold_NeedsAReason_ThenRefusesErasureWithAClearMessage()
    {
        var candidate = await FirstUnprocessedAsync();
        var snackbars = Render<MudSnackbarProvider>();
        var page = RenderPage<PrivacyPage>();
        page.WaitForElement($"[data-testid=legal-hold-{candidate.Id}]", Patience).Click();

        Dialogs.WaitForElement("[data-testid=legal-hold-confirm]", Patience).Click();
        Dialogs.WaitForAssertion(() => Assert.Contains("Say why", Dialogs.Find("[data-testid=legal-hold-dialog]").TextContent, StringComparison.Ordinal), Patience);
        Assert.False((await ReloadAsync(candidate.Id)).LegalHold);

        Dialogs.Find("#legal-hold-reason").Change("Employment tribunal claim 2027-31");
        Dialogs.Find("[data-testid=legal-hold-confirm]").Click();
        page.WaitForAssertion(() => Assert.NotEmpty(page.FindAll("[data-testid=candidate-legal-hold]")), Patience);
        Assert.Equal("Employment tribunal claim 2027-31", (await ReloadAsync(candidate.Id)).LegalHoldReason);

        page.Find($"[data-testid=erase-{candidate.Id}]").Click();
        Dialogs.WaitForElement(".mud-dialog", Patience);
        Dialogs.FindAll(".mud-dialog button").Single(b => b.TextContent.Trim() == "Erase").Click();

        snackbars.WaitForAssertion(() => Assert.Contains("on legal hold", snackbars.Markup, StringComparison.Ordinal), Patience);
        Assert.Equal(candidate.Email, (await ReloadAsync(candidate.Id)).Email);
    }

    [Fact]
    public async Task Search_FindsTheCandidateByEmail_InTheDatabase()
    {
        var candidate = await FirstUnprocessedAsync();
        var page = RenderPage<PrivacyPage>();
        page.WaitForElement($"[data-testid=erase-{candidate.Id}]", Patience);

        page.Find("#privacy-candidate-search").Input(candidate.Email!);

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
