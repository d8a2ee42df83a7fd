using Bunit;
using HireHub.Core.Domain;
using HireHub.Web.Components.Pages.PersonnelManagement;
using Microsoft.EntityFrameworkCore;

namespace HireHub.Tests.Components;

/// <summary>
/// The store fails (a full disk, a dropped connection) while an HR professional works in the Candidates to hire panel:
/// they read what failed where they acted, keep what they entered, and the panel answers their next click. An exception
/// let through would end the circuit instead: the page would freeze until reloaded, everything typed lost.
/// </summary>
public sealed class StoreFailureTests : ComponentTestContext
{
    private const string SavingFailed = "Saving failed because of a problem on our side.";
    private const string CandidatesUnread = "The candidates to hire could not be read because of a problem on our side";
    private const string CandidateReads = "FROM \"ExportedCandidates\"";
    private readonly AtsConnection connection = TestData.Connection();

    public override async ValueTask InitializeAsync()
    {
        await base.InitializeAsync();
        await Data.AddAsync(TestData.LegalEntity(), connection);
    }

    [Theory]
    [InlineData("sort")]
    [InlineData("page")]
    [InlineData("search")]
    public async Task Panel_WhenTheStoreFailsOnASortPageOrSearch_SaysSoAndTheNextClickWorks(string action)
    {
        var candidates = Enumerable.Range(1, 15).Select(i => Data.Candidate(connection, "Candidate", $"No{i:00}")).ToArray();
        await Data.AddAsync(candidates);
        var panel = RenderInHost<CandidatesToHirePanel>();
        panel.WaitForAssertion(() => Assert.Equal(10, CandidateNames(panel).Count));

        Store.FailNext(CandidateReads, transient: false);
        switch (action)
        {
            case "sort":
                await ClickAsync(panel, () => SortHeader(panel, "Name"));
                break;
            case "page":
                await ClickAsync(panel, () => panel.Find("button[aria-label='Next page']"));
                break;
            default:
                await TypeAsync(panel, "#candidate-search", "candidate");
                LetDebounceElapse();
                break;
        }

        panel.WaitForAssertion(() => Assert.StartsWith(CandidatesUnread, panel.Find("[data-testid=candidates-problem]").TextContent.Trim(), StringComparison.Ordinal));
        Assert.Equal(1, Store.Failures);
        Assert.Equal(10, CandidateNames(panel).Count);

        await ClickAsync(panel, () => SortHeader(panel, "Received"));

        panel.WaitForAssertion(() => Assert.Empty(panel.FindAll("[data-testid=candidates-problem]")));
        Assert.NotEmpty(CandidateNames(panel));
    }

    [Fact]
    public async Task Hire_WhenTheStoreFails_SaysSavingFailed_KeepsWhatWasEntered_AndHiresNobody()
    {
        var ann = Data.Candidate(connection, "Ann", "Lee");
        await Data.AddAsync(ann);
        var panel = RenderInHost<CandidatesToHirePanel>();
        panel.WaitForElement($"[data-testid=hire-{ann.Id}]");
        await ClickAsync(panel, () => panel.Find($"[data-testid=hire-{ann.Id}]"));
        panel.WaitForElement("#hire-first-name");
        panel.TypeAndLeave("hire-first-name", "Annie");

        Store.FailNext(CandidateReads, transient: false);
        await ClickAsync(panel, () => panel.Find("[data-testid=hire-continue]"));

        panel.WaitForAssertion(() => Assert.StartsWith(SavingFailed, panel.Find("[data-testid=hire-problem]").TextContent.Trim(), StringComparison.Ordinal));
        Assert.Equal(1, Store.Failures);
        Assert.Equal("Annie", panel.Find("#hire-first-name").GetAttribute("value"));
        Assert.False(panel.Find("[data-testid=hire-continue]").HasAttribute("disabled"));
        Assert.Equal(CandidateStatus.NotProcessed, await StatusAsync(ann));
    }

    [Fact]
    public async Task DoNotHire_WhenTheStoreFails_SaysSavingFailed_KeepsTheComment_AndTheCandidateWaits()
    {
        var ann = Data.Candidate(connection, "Ann", "Lee");
        await Data.AddAsync(ann);
        var panel = RenderInHost<CandidatesToHirePanel>();
        panel.WaitForElement($"[data-testid=do-not-hire-{ann.Id}]");
        await ClickAsync(panel, () => panel.Find($"[data-testid=do-not-hire-{ann.Id}]"));
        panel.WaitForElement("#reason-comment");
        panel.Choose("reason-code", "Declined the offer");
        panel.TypeAndLeave("reason-comment", "Accepted another offer.");

        Store.FailNext(CandidateReads, transient: false);
        await ClickAsync(panel, () => panel.Find("[data-testid=do-not-hire-confirm]"));

        panel.WaitForAssertion(() => Assert.StartsWith(SavingFailed, panel.Find("[data-testid=do-not-hire-problem]").TextContent.Trim(), StringComparison.Ordinal));
        Assert.Equal("Accepted another offer.", panel.Find("#reason-comment").TextContent);
        Assert.Equal(CandidateStatus.NotProcessed, await StatusAsync(ann));
    }

    [Fact]
    public async Task Dismiss_WhenTheStoreFails_SaysSavingFailed_AndTheCandidateStays()
    {
        var ann = Data.Candidate(connection, "Ann", "Lee");
        await Data.AddAsync(ann);
        var panel = RenderInHost<CandidatesToHirePanel>();
        panel.WaitForElement($"[data-testid=dismiss-{ann.Id}]");
        await ClickAsync(panel, () => panel.Find($"[data-testid=dismiss-{ann.Id}]"));
        panel.WaitForAssertion(() => Assert.Contains("Dismiss Ann Lee?", panel.Find(".mud-dialog").TextContent, StringComparison.Ordinal));

        Store.FailNext(CandidateReads, transient: false);
        await ClickAsync(panel, () => panel.ButtonInDialog("Dismiss"));

        // The failure stays in the confirmation dialog, which keeps the choice open, as Do not hire's does.
        panel.WaitForAssertion(() => Assert.Contains(SavingFailed, panel.Find("[data-testid=dismiss-problem]").TextContent, StringComparison.Ordinal));
        panel.WaitForAssertion(() => Assert.Equal(["Ann Lee"], CandidateNames(panel)));
        Assert.Equal(CandidateStatus.NotProcessed, await StatusAsync(ann));
    }

    private Task<CandidateStatus> StatusAsync(ExportedCandidate candidate) =>
        Data.QueryAsync(db => db.ExportedCandidates.Where(c => c.Id == candidate.Id).Select(c => c.Status).SingleAsync());

    private static AngleSharp.Dom.IElement SortHeader(IRenderedComponent<ComponentHost> panel, string title) =>
        panel.FindAll(".sortable-column-header").Single(header => header.TextContent.Trim() == title);

    private static List<string> CandidateNames(IRenderedComponent<ComponentHost> panel) =>
        panel.FindAll("[data-testid=candidate-name]").Select(name => name.TextContent.Trim()).ToList();
}
