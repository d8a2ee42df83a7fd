using Bunit;
using HireHub.Core.Data;
using HireHub.Core.Domain;
using HireHub.Web.Components.Pages.Admin.SubjectRights;
using Microsoft.EntityFrameworkCore;
using MudBlazor;

namespace HireHub.Tests.Components.Admin;

/// <summary>An administrator finds a candidate on the privacy page, puts it on legal hold, and erases it.</summary>
public sealed class PrivacyPageTests : AdminPageTest
{
    [Fact]
    public async Task Erase_AfterConfirming_RemovesTheCandidatesPersonalData()
    {
        var candidate = await FirstUnprocessedAsync();
        var page = RenderPage<PrivacyPage>();
        page.WaitForElement($"[data-testid=erase-{candidate.Id}]").Click();

        Dialogs.WaitForAssertion(() => Assert.Contains(candidate.FirstName, Dialogs.Find(".mud-dialog").TextContent, StringComparison.Ordinal));
        Dialogs.FindAll(".mud-dialog button").Single(b => b.TextContent.Trim() == "Erase").Click();

        page.WaitForAssertion(() => Assert.Empty(page.FindAll($"[data-testid=erase-{candidate.Id}]")));
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
        page.WaitForElement($"[data-testid=erase-{candidate.Id}]").Click();

        Dialogs.WaitForElement(".mud-dialog");
        Dialogs.FindAll(".mud-dialog button").Single(b => b.TextContent.Trim() == "Cancel").Click();

        Dialogs.WaitForAssertion(() => Assert.Empty(Dialogs.FindAll(".mud-dialog")));
        Assert.Equal(candidate.Email, (await ReloadAsync(candidate.Id)).Email);
    }

    [Fact]
    public async Task LegalHold_NeedsAReason_ThenRefusesErasureWithAClearMessage()
    {
        var candidate = await FirstUnprocessedAsync();
        var snackbars = Render<MudSnackbarProvider>();
        var page = RenderPage<PrivacyPage>();
        page.WaitForElement($"[data-testid=legal-hold-{candidate.Id}]").Click();

        Dialogs.WaitForElement("[data-testid=legal-hold-confirm]").Click();
        Dialogs.WaitForAssertion(() => Assert.Contains("Say why", Dialogs.Find("[data-testid=legal-hold-dialog]").TextContent, StringComparison.Ordinal));
        Assert.False((await ReloadAsync(candidate.Id)).LegalHold);

        Dialogs.Find("#legal-hold-reason").Change("Employment tribunal claim 2027-31");
        Dialogs.Find("[data-testid=legal-hold-confirm]").Click();
        page.WaitForAssertion(() => Assert.NotEmpty(page.FindAll("[data-testid=candidate-legal-hold]")));
        Assert.Equal("Employment tribunal claim 2027-31", (await ReloadAsync(candidate.Id)).LegalHoldReason);

        page.Find($"[data-testid=erase-{candidate.Id}]").Click();
        Dialogs.WaitForElement(".mud-dialog");
        Dialogs.FindAll(".mud-dialog button").Single(b => b.TextContent.Trim() == "Erase").Click();

        snackbars.WaitForAssertion(() => Assert.Contains("on legal hold", snackbars.Markup, StringComparison.Ordinal));
        Assert.Equal(candidate.Email, (await ReloadAsync(candidate.Id)).Email);
    }

    [Fact]
    public async Task Search_FindsTheCandidateByEmail_InTheDatabase()
    {
        var candidate = await FirstUnprocessedAsync();
        var page = RenderPage<PrivacyPage>();
        page.WaitForElement($"[data-testid=erase-{candidate.Id}]");

        page.Find("#privacy-candidate-search").Input(candidate.Email!);

        page.WaitForAssertion(() => Assert.Equal(candidate.FirstName + " " + candidate.LastName, page.Find("[data-testid=privacy-candidate-name]").TextContent.Trim()), TimeSpan.FromSeconds(5));
        page.WaitForAssertion(() => Assert.Single(page.FindAll("[data-testid=privacy-candidate-name]")), TimeSpan.FromSeconds(5));
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
