using Bunit;
using HireHub.Core.Domain;
using HireHub.Web.Components.Pages.PersonnelManagement;
using Microsoft.EntityFrameworkCore;

namespace HireHub.Tests.Components;

/// <summary>A hire from start to finish on the Personnel management page: Hire, fill in the dialog, Continue.</summary>
public sealed class PersonnelManagementTests : ComponentTestContext
{
    // No default legal entity: the person has to choose one, as for a candidate the ATS did not route.
    private readonly AtsConnection connection = TestData.Connection(defaultLegalEntityId: null);

    public override async ValueTask InitializeAsync()
    {
        await base.InitializeAsync();
        await Data.AddAsync(
            TestData.LegalEntity("DEMF", "Contoso Germany"),
            TestData.LegalEntity("USMF", "Contoso Entertainment USA"),
            connection,
            TestData.Position("000101", "Software Engineer", legalEntityId: "USMF"),
            TestData.Position("000104", "Product Manager", "Product", legalEntityId: "USMF"),
            TestData.Position("000116", "Software Engineer", legalEntityId: "DEMF"));
    }

    [Fact]
    public async Task Hire_WithLegalEntityAndPosition_StoresTheWorkerAndShowsTheSuccessWithALinkToTheWorker()
    {
        var ann = Data.Candidate(connection, "Ann", "Lee", c => c.StartDate = Data.Today.AddDays(10));
        await Data.AddAsync(ann, Data.Candidate(connection, "Ben", "Waits"));
        var page = RenderInHost<PersonnelManagement>();
        await page.ClickWhenShownAsync($"[data-testid=hire-{ann.Id}]");
        page.WaitForElement("#hire-first-name");

        page.Choose("hire-legal-entity", "USMF · Contoso Entertainment USA");
        await page.TypeAsync("#hire-position", "engineer");
        LetDebounceElapse();
        page.WaitForAssertion(() => Assert.Equal(["000101 · Software Engineer · Engineering"], PositionOptions(page)));
        await page.ClickAsync(() => page.FindAll(".mud-popover-open .mud-list-item").Single());
        page.WaitForElement("[data-testid=hire-assignment-start]");
        await page.ClickAsync("[data-testid=hire-continue]");

        page.WaitForAssertion(() => Assert.Empty(page.FindAll("[data-testid=hire-dialog]")));
        page.WaitForAssertion(() => Assert.Equal("Ann Lee was hired as worker 000001. Open worker", Normalized(page.Find("[data-testid=hire-success]").TextContent)));
        Assert.Equal("workers/000001", page.Find("[data-testid=hire-success-link]").GetAttribute("href"));
        Assert.Empty(page.FindAll($"[data-testid=hire-{ann.Id}]"));
        Assert.Single(page.FindAll("[data-testid=candidate-name]"));
        Assert.Contains("Ann Lee", page.Find("[data-testid=starting-soon]").TextContent, StringComparison.Ordinal);
        Assert.Contains("Ann Lee", page.Find("[data-testid=recent-hires]").TextContent, StringComparison.Ordinal);

        var worker = await Data.QueryAsync(db => db.Workers.AsNoTracking()
            .Include(w => w.Employments).Include(w => w.PositionAssignments).ThenInclude(a => a.Position)
            .SingleAsync(w => w.PersonnelNumber == "000001"));
        Assert.Equal(("Ann", "Lee", "ann.lee@example.com", "+14255550100", WorkerType.Employee), (worker.FirstName, worker.LastName, worker.Email, worker.Phone, worker.WorkerType));
        var employment = Assert.Single(worker.Employments);
        Assert.Equal(("USMF", Data.Today.AddDays(10), (DateOnly?)null), (employment.LegalEntityId, employment.StartDate, employment.EndDate));
        var assignment = Assert.Single(worker.PositionAssignments);
        Assert.Equal(("000101", Data.Today.AddDays(10)), (assignment.Position!.PositionNumber, assignment.StartDate));
        var candidate = await Data.QueryAsync(db => db.ExportedCandidates.AsNoTracking().SingleAsync(c => c.Id == ann.Id));
        Assert.Equal((CandidateStatus.Hired, worker.Id, "Hanna Reyes"), (candidate.Status, candidate.WorkerId, candidate.ActedBy));
    }

    [Fact]
    public async Task DoNotHireAndDismiss_ConfirmedInADialogNamedForTheCandidate_AreToldInTheBannerAHireIsToldIn()
    {
        var ann = Data.Candidate(connection, "Ann", "Lee");
        var ben = Data.Candidate(connection, "Ben", "Goes");
        await Data.AddAsync(ann, ben);
        var page = RenderInHost<PersonnelManagement>();

        await page.ClickWhenShownAsync($"[data-testid=do-not-hire-{ann.Id}]");
        page.WaitForAssertion(() => Assert.Equal("Do not hire Ann Lee", page.Find(".mud-dialog-title").TextContent.Trim()));
        page.Choose("reason-code", "Declined the offer");
        page.TypeAndLeave("reason-comment", "Took another offer.");
        await ClickAsync(page, () => page.Find("[data-testid=do-not-hire-confirm]"));
        page.WaitForAssertion(() => Assert.Equal("Ann Lee was marked as not hired.", page.Find("[data-testid=decision-success]").TextContent.Trim()));

        await page.ClickWhenShownAsync($"[data-testid=dismiss-{ben.Id}]");
        page.WaitForAssertion(() => Assert.Equal("Dismiss Ben Goes", page.Find(".mud-dialog-title").TextContent.Trim()));
        await ClickAsync(page, () => page.Find("[data-testid=dismiss-confirm]"));
        page.WaitForAssertion(() => Assert.Equal("Ben Goes was dismissed.", page.Find("[data-testid=decision-success]").TextContent.Trim()));
        Assert.Empty(page.FindAll("[data-testid=candidate-name]"));
        Assert.Empty(page.FindAll(".mud-snackbar"));
    }

    [Fact]
    public async Task CandidateActions_AreNamedInWords_EachForItsCandidate()
    {
        var ann = Data.Candidate(connection, "Ann", "Lee");
        await Data.AddAsync(ann);
        var page = RenderInHost<PersonnelManagement>();

        page.WaitForElement($"[data-testid=hire-{ann.Id}]");
        var buttons = page.FindAll("[data-testid=candidates-to-hire] .candidate-actions button");
        Assert.Equal(["Hire", "Do not hire", "Dismiss"], buttons.Select(b => b.TextContent.Trim()));
        Assert.Equal(["Hire Ann Lee", "Do not hire Ann Lee", "Dismiss Ann Lee"], buttons.Select(b => b.GetAttribute("aria-label")));
    }

    [Fact]
    public async Task Hire_WhenChoosingToRehireTheLookAlike_AddsAnEmploymentToThatWorker()
    {
        await Data.AddAsync(Data.Worker("000042", "Tony", "Krijnen", legalEntityId: "USMF", employmentEnded: true, configure: w => w.Email = "tony.krijnen@fabrikam.com"));
        var tony = Data.Candidate(connection, "Tony", "Krijnen", c => (c.Email, c.LegalEntityId) = ("tony.krijnen@fabrikam.com", "USMF"));
        await Data.AddAsync(tony);
        var page = RenderInHost<PersonnelManagement>();
        await page.ClickWhenShownAsync($"[data-testid=hire-{tony.Id}]");
        page.WaitForElement("[data-testid=duplicate-warning]");

        await page.ClickAsync("[data-testid=rehire-000042]");
        await page.ClickAsync("[data-testid=hire-continue]");

        page.WaitForAssertion(() => Assert.Equal("Tony Krijnen was rehired as worker 000042. Open worker", Normalized(page.Find("[data-testid=hire-success]").TextContent)));
        Assert.Equal("workers/000042", page.Find("[data-testid=hire-success-link]").GetAttribute("href"));
        var workers = await Data.QueryAsync(db => db.Workers.AsNoTracking().Include(w => w.Employments).ToListAsync());
        var rehired = Assert.Single(workers);
        Assert.Equal(2, rehired.Employments.Count);
    }

    [Fact]
    public async Task ChoosingAnotherLegalEntity_OffersOnlyItsPositions()
    {
        var ann = Data.Candidate(connection, "Ann", "Lee");
        await Data.AddAsync(ann);
        var page = RenderInHost<PersonnelManagement>();
        await page.ClickWhenShownAsync($"[data-testid=hire-{ann.Id}]");
        page.WaitForElement("#hire-first-name");

        page.Choose("hire-legal-entity", "DEMF · Contoso Germany");
        await page.TypeAsync("#hire-position", "engineer");
        LetDebounceElapse();

        page.WaitForAssertion(() => Assert.Equal(["000116 · Software Engineer · Engineering"], PositionOptions(page)));
    }

    private static List<string> PositionOptions(IRenderedComponent<ComponentHost> page) =>
        page.FindAll(".mud-popover-open .mud-list-item").Select(item => item.TextContent.Trim()).ToList();

    private static string Normalized(string text) => string.Join(' ', text.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries));
}
