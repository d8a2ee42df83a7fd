using Bunit;
using HireHub.Core.Domain;
using HireHub.Web.Components.Pages.PersonnelManagement;
using Microsoft.EntityFrameworkCore;

namespace HireHub.Tests.Components;

public sealed class CandidatesToHirePanelTests : ComponentTestContext
{
    private readonly AtsConnection connection = TestData.Connection();

    public override async ValueTask InitializeAsync()
    {
        await base.InitializeAsync();
        await Data.AddAsync(TestData.LegalEntity(), connection);
    }

    [Fact]
    public async Task Panel_ShowsOnlyCandidatesNobodyHasActedOn()
    {
        await Data.AddAsync(
            Data.Candidate(connection, "Ann", "Waiting"),
            Data.Candidate(connection, "Ben", "Hired", c => c.Status = CandidateStatus.Hired),
            Data.Candidate(connection, "Cleo", "NotHired", c => c.Status = CandidateStatus.NotHired),
            Data.Candidate(connection, "Dan", "Dismissed", c => c.Status = CandidateStatus.Dismissed),
            Data.Candidate(connection, "Eve", "AlsoWaiting"));

        var panel = RenderInHost<CandidatesToHirePanel>();

        panel.WaitForAssertion(() => Assert.Equal(["Ann Waiting", "Eve AlsoWaiting"], CandidateNames(panel)));
    }

    [Fact]
    public async Task Panel_ShowsThePhoneInTheInternationalFormatAndWhenTheExportArrivedInThePersonsZone()
    {
        var sanne = Data.Candidate(connection, "Sanne", "de Vries", c => c.Phone = "+31612345678");
        await Data.AddAsync(sanne);
        UseTimeZone("Europe/Amsterdam");

        var panel = RenderInHost<CandidatesToHirePanel>();

        panel.WaitForAssertion(() => Assert.Equal("+31 6 12345678", panel.Find("[data-testid=candidate-phone]").TextContent));
        // Amsterdam is an hour ahead of UTC in March.
        var received = panel.Find("[data-testid=candidate-phone]").Closest("tr")!.QuerySelector("time")!;
        Assert.Equal(sanne.ReceivedAt.UtcDateTime.AddHours(1).ToString("g", System.Globalization.CultureInfo.CurrentCulture), received.TextContent);
    }

    [Fact]
    public async Task Panel_WithNoCandidates_SaysNobodyIsWaiting()
    {
        var panel = RenderInHost<CandidatesToHirePanel>();

        panel.WaitForAssertion(() => Assert.Equal("No candidates are waiting to be hired.", panel.Find("[data-testid=no-candidates]").TextContent));
    }

    [Fact]
    public async Task Panel_WithMoreCandidatesThanAPage_ShowsOnePageAndTheTotal_ThenTheNextPage()
    {
        var candidates = Enumerable.Range(1, 30).Select(i => Data.Candidate(connection, "Candidate", $"No{i:00}")).ToArray();
        await Data.AddAsync(candidates);

        var panel = RenderInHost<CandidatesToHirePanel>();

        panel.WaitForAssertion(() => Assert.Equal(Names(candidates[..10]), CandidateNames(panel)));
        Assert.Equal("1-10 of 30", PagerCaption(panel));

        await ClickAsync(panel, () => panel.Find("button[aria-label='Next page']"));

        panel.WaitForAssertion(() => Assert.Equal(Names(candidates[10..20]), CandidateNames(panel)));
        Assert.Equal("11-20 of 30", PagerCaption(panel));
    }

    [Fact]
    public async Task Panel_WhenSearching_ShowsOnlyMatchingCandidates()
    {
        var candidates = Enumerable.Range(1, 29).Select(i => Data.Candidate(connection, "Candidate", $"No{i:00}")).ToList();
        // Received first, so on the last page: the search must look beyond the page on screen.
        candidates.Add(Data.Candidate(connection, "Fatima", "Zahra", c => c.JobTitle = "Sales Representative"));
        await Data.AddAsync([.. candidates]);
        var panel = RenderInHost<CandidatesToHirePanel>();
        panel.WaitForAssertion(() => Assert.Equal(10, CandidateNames(panel).Count));

        await TypeAsync(panel, "#candidate-search", "zahra");
        LetDebounceElapse();

        panel.WaitForAssertion(() => Assert.Equal(["Fatima Zahra"], CandidateNames(panel)));
        Assert.Equal("1-1 of 1", PagerCaption(panel));
    }

    [Fact]
    public async Task Panel_WhenSearchMatchesNobody_SaysSo()
    {
        await Data.AddAsync(Data.Candidate(connection, "Ann", "Lee"));
        var panel = RenderInHost<CandidatesToHirePanel>();
        panel.WaitForAssertion(() => Assert.Equal(["Ann Lee"], CandidateNames(panel)));

        await TypeAsync(panel, "#candidate-search", "nobody");
        LetDebounceElapse();

        panel.WaitForAssertion(() => Assert.Equal("No candidates match \"nobody\".", panel.Find("[data-testid=no-candidates]").TextContent));
        Assert.Empty(CandidateNames(panel));
    }

    [Fact]
    public async Task Panel_WhenTheSearchIsCleared_ShowsEveryoneAtOnce()
    {
        await Data.AddAsync(Data.Candidate(connection, "Ann", "Lee"), Data.Candidate(connection, "Ben", "Okafor"));
        var panel = RenderInHost<CandidatesToHirePanel>();
        panel.WaitForAssertion(() => Assert.Equal(2, CandidateNames(panel).Count));
        await TypeAsync(panel, "#candidate-search", "okafor");
        LetDebounceElapse();
        panel.WaitForAssertion(() => Assert.Equal(["Ben Okafor"], CandidateNames(panel)));

        await ClickAsync(panel, () => panel.Find("#candidate-search").Closest(".mud-input-control")!.QuerySelector(".mud-input-clear-button")!);

        panel.WaitForAssertion(() => Assert.Equal(["Ann Lee", "Ben Okafor"], CandidateNames(panel)));
    }

    [Fact]
    public async Task Panel_SortedByName_OrdersEveryCandidateByLastNameAcrossPages()
    {
        // Received in an order unlike the alphabet, so sorting only the page on screen would show other names.
        var lastNames = new[] { "Moreau", "Zahra", "Abbott", "Novak", "Kaur", "Brown", "Young", "Dubois", "Tanaka", "Silva", "Haddad", "Lopes" };
        await Data.AddAsync([.. lastNames.Select(last => Data.Candidate(connection, "Candidate", last))]);
        var panel = RenderInHost<CandidatesToHirePanel>();
        panel.WaitForAssertion(() => Assert.Equal(10, CandidateNames(panel).Count));

        await ClickAsync(panel, () => panel.FindAll(".sortable-column-header").Single(header => header.TextContent.Trim() == "Name"));

        var alphabetical = lastNames.Order(StringComparer.Ordinal).Select(last => $"Candidate {last}").ToList();
        panel.WaitForAssertion(() => Assert.Equal(alphabetical[..10], CandidateNames(panel)));

        await ClickAsync(panel, () => panel.FindAll(".sortable-column-header").Single(header => header.TextContent.Trim() == "Name"));

        panel.WaitForAssertion(() => Assert.Equal(Enumerable.Reverse(alphabetical).Take(10), CandidateNames(panel)));
    }

    [Fact]
    public async Task Panel_ShowsWhatDataEachCandidateLacksForAHire()
    {
        await Data.AddAsync(
            Data.Candidate(connection, "Complete", "Candidate"),
            Data.Candidate(connection, "No", "Phone", c => c.Phone = null),
            Data.Candidate(connection, "Bad", "Phone", c => c.Phone = "555-0144"),
            Data.Candidate(connection, "No", "Email", c => c.Email = null),
            Data.Candidate(connection, "No", "StartDate", c => c.StartDate = null),
            Data.Candidate(connection, "Past", "StartDate", c => c.StartDate = Data.Today.AddDays(-3)),
            Data.Candidate(connection, "Lacks", "Everything", c => (c.Email, c.Phone, c.StartDate) = (null, null, null)));

        var panel = RenderInHost<CandidatesToHirePanel>();

        panel.WaitForAssertion(() => Assert.Equal(7, CandidateNames(panel).Count));
        Assert.Empty(MissingData(panel, "Complete Candidate"));
        Assert.Equal(["No phone"], MissingData(panel, "No Phone"));
        Assert.Equal(["Phone not valid"], MissingData(panel, "Bad Phone"));
        Assert.Equal(["No email"], MissingData(panel, "No Email"));
        Assert.Equal(["No start date"], MissingData(panel, "No StartDate"));
        Assert.Equal(["Start date in the past"], MissingData(panel, "Past StartDate"));
        Assert.Equal(["No email", "No phone", "No start date"], MissingData(panel, "Lacks Everything"));
    }

    [Fact]
    public async Task Dismiss_WhenConfirmed_RemovesTheCandidate()
    {
        var ann = Data.Candidate(connection, "Ann", "Lee");
        await Data.AddAsync(ann, Data.Candidate(connection, "Ben", "Stays"));
        var panel = RenderInHost<CandidatesToHirePanel>();
        panel.WaitForAssertion(() => Assert.Equal(2, CandidateNames(panel).Count));

        await ClickAsync(panel, () => panel.Find($"[data-testid=dismiss-{ann.Id}]"));
        panel.WaitForAssertion(() => Assert.Contains("Dismiss Ann Lee?", panel.Find(".mud-dialog").TextContent, StringComparison.Ordinal));
        await ClickAsync(panel, () => panel.ButtonInDialog("Dismiss"));

        panel.WaitForAssertion(() => Assert.Equal(["Ben Stays"], CandidateNames(panel)));
        Assert.Empty(panel.FindAll(".mud-dialog"));
        var stored = await StoredAsync(ann.Id);
        Assert.Equal(CandidateStatus.Dismissed, stored.Status);
        Assert.Equal("Hanna Reyes", stored.ActedBy);
    }

    [Fact]
    public async Task Dismiss_WhenCancelled_KeepsTheCandidate()
    {
        var ann = Data.Candidate(connection, "Ann", "Lee");
        await Data.AddAsync(ann);
        var panel = RenderInHost<CandidatesToHirePanel>();
        panel.WaitForAssertion(() => Assert.Equal(["Ann Lee"], CandidateNames(panel)));

        await ClickAsync(panel, () => panel.Find($"[data-testid=dismiss-{ann.Id}]"));
        panel.WaitForElement(".mud-dialog");
        await ClickAsync(panel, () => panel.ButtonInDialog("Cancel"));

        panel.WaitForAssertion(() => Assert.Empty(panel.FindAll(".mud-dialog")));
        Assert.Equal(["Ann Lee"], CandidateNames(panel));
        Assert.Equal(CandidateStatus.NotProcessed, (await StoredAsync(ann.Id)).Status);
    }

    [Fact]
    public async Task DoNotHire_WithoutReasonOrComment_ShowsTheValidatorsMessagesAndKeepsTheCandidate()
    {
        var ann = Data.Candidate(connection, "Ann", "Lee");
        await Data.AddAsync(ann);
        var panel = RenderInHost<CandidatesToHirePanel>();
        panel.WaitForAssertion(() => Assert.Equal(["Ann Lee"], CandidateNames(panel)));

        await ClickAsync(panel, () => panel.Find($"[data-testid=do-not-hire-{ann.Id}]"));
        panel.WaitForElement("#reason-comment");
        await ClickAsync(panel, () => panel.Find("[data-testid=do-not-hire-confirm]"));

        panel.WaitForAssertion(() => Assert.Equal("Choose a reason.", panel.TextUnder("#reason-code")));
        Assert.StartsWith("Enter a comment.", panel.TextUnder("#reason-comment"), StringComparison.Ordinal);
        Assert.NotEmpty(panel.FindAll("[data-testid=do-not-hire-dialog]"));
        Assert.Equal(CandidateStatus.NotProcessed, (await StoredAsync(ann.Id)).Status);
    }

    [Fact]
    public async Task DoNotHire_WithReasonAndComment_RecordsTheDecisionAndRemovesTheCandidate()
    {
        var ann = Data.Candidate(connection, "Ann", "Lee");
        await Data.AddAsync(ann, Data.Candidate(connection, "Ben", "Stays"));
        var panel = RenderInHost<CandidatesToHirePanel>();
        panel.WaitForAssertion(() => Assert.Equal(2, CandidateNames(panel).Count));

        await ClickAsync(panel, () => panel.Find($"[data-testid=do-not-hire-{ann.Id}]"));
        panel.WaitForElement("#reason-comment");
        panel.Choose("reason-code", "Declined the offer");
        panel.TypeAndLeave("reason-comment", "Accepted another offer.");
        await ClickAsync(panel, () => panel.Find("[data-testid=do-not-hire-confirm]"));

        panel.WaitForAssertion(() => Assert.Equal(["Ben Stays"], CandidateNames(panel)));
        Assert.Empty(panel.FindAll("[data-testid=do-not-hire-dialog]"));
        var stored = await StoredAsync(ann.Id);
        Assert.Equal(CandidateStatus.NotHired, stored.Status);
        Assert.Equal("DeclinedOffer", stored.ReasonCode);
        Assert.Equal("Accepted another offer.", stored.Comment);
    }

    [Fact]
    public async Task DoNotHire_WhenSomeoneElseDismissedTheCandidateMeanwhile_SaysWhoAndTheCandidateLeavesThePanelOnClose()
    {
        var ann = Data.Candidate(connection, "Ann", "Lee");
        await Data.AddAsync(ann, Data.Candidate(connection, "Ben", "Stays"));
        var panel = RenderInHost<CandidatesToHirePanel>();
        panel.WaitForAssertion(() => Assert.Equal(2, CandidateNames(panel).Count));
        await ClickAsync(panel, () => panel.Find($"[data-testid=do-not-hire-{ann.Id}]"));
        panel.WaitForElement("#reason-comment");
        await Data.QueryAsync(db => db.ExportedCandidates.Where(c => c.Id == ann.Id).ExecuteUpdateAsync(c => c
            .SetProperty(x => x.Status, CandidateStatus.Dismissed)
            .SetProperty(x => x.ActedBy, "Marcus Lee")
            .SetProperty(x => x.ActedAt, Now)));

        panel.Choose("reason-code", "Position cancelled");
        panel.TypeAndLeave("reason-comment", "The team was merged.");
        await ClickAsync(panel, () => panel.Find("[data-testid=do-not-hire-confirm]"));

        panel.WaitForAssertion(() => Assert.StartsWith(
            "This candidate was already dismissed by Marcus Lee at ", panel.Find("[data-testid=do-not-hire-problem]").TextContent.Trim(), StringComparison.Ordinal));
        Assert.Equal(CandidateStatus.Dismissed, (await StoredAsync(ann.Id)).Status);

        await ClickAsync(panel, () => panel.Find("[data-testid=do-not-hire-cancel]"));

        panel.WaitForAssertion(() => Assert.Equal(["Ben Stays"], CandidateNames(panel)));
    }

    private static List<string> Names(IEnumerable<ExportedCandidate> candidates) => candidates.Select(c => $"{c.FirstName} {c.LastName}").ToList();

    private static List<string> CandidateNames(IRenderedComponent<ComponentHost> panel) =>
        panel.FindAll("[data-testid=candidate-name]").Select(name => name.TextContent.Trim()).ToList();

    private static string PagerCaption(IRenderedComponent<ComponentHost> panel) =>
        panel.FindAll(".mud-table-pagination-caption").Last().TextContent.Trim();

    private static List<string> MissingData(IRenderedComponent<ComponentHost> panel, string candidateName) =>
        panel.FindAll("[data-testid=candidate-name]").Single(name => name.TextContent.Trim() == candidateName)
            .Closest("tr")!.QuerySelectorAll("[data-testid=missing-data]").Select(chip => chip.TextContent.Trim()).ToList();

    private Task<ExportedCandidate> StoredAsync(Guid candidateId) =>
        Data.QueryAsync(db => db.ExportedCandidates.AsNoTracking().SingleAsync(c => c.Id == candidateId));
}
