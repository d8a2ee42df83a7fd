using Bunit;
using HireHub.Core.Domain;
using HireHub.Web.Components.Pages.Workers;

namespace HireHub.Tests.Components;

public sealed class WorkersPagesTests : ComponentTestContext
{
    public override async ValueTask InitializeAsync()
    {
        await base.InitializeAsync();
        await Data.AddAsync(TestData.LegalEntity("USMF", "Contoso Entertainment USA"), TestData.LegalEntity("USRT", "Contoso Retail USA"));
    }

    [Fact]
    public async Task WorkersPage_ListsWorkersWithALinkToEach()
    {
        await Data.AddAsync(
            Data.Worker("000002", "Charlie", "Carson"),
            Data.Worker("000001", "Julia", "Funderburk"),
            Data.Worker("000003", "Tony", "Krijnen", legalEntityId: "USRT", configure: w => w.WorkerType = WorkerType.Contractor));

        var page = RenderInHost<Workers>();

        page.WaitForAssertion(() => Assert.Equal(["000001", "000002", "000003"], WorkerLinks(page).Select(link => link.TextContent.Trim())));
        Assert.Equal(["workers/000001", "workers/000002", "workers/000003"], WorkerLinks(page).Select(link => link.GetAttribute("href")));
        var tony = page.FindAll("[data-testid=workers-grid] tbody tr").Single(row => row.TextContent.Contains("000003", StringComparison.Ordinal));
        Assert.Equal(
            ["000003", "Tony Krijnen", "tony.krijnen@contoso.com", "+1 425-555-0199", "Contractor", "USRT"],
            tony.QuerySelectorAll("td").Take(6).Select(cell => cell.TextContent.Trim()));
    }

    [Fact]
    public async Task WorkersPage_WhenSearching_ShowsOnlyMatchingWorkers()
    {
        await Data.AddAsync(
            Data.Worker("000001", "Julia", "Funderburk"),
            Data.Worker("000002", "Charlie", "Carson"),
            Data.Worker("000003", "Jodi", "Christiansen"));
        var page = RenderInHost<Workers>();
        page.WaitForAssertion(() => Assert.Equal(3, WorkerLinks(page).Count));

        await page.TypeAsync("#worker-search", "carson");
        LetDebounceElapse();

        page.WaitForAssertion(() => Assert.Equal(["000002"], WorkerLinks(page).Select(link => link.TextContent.Trim())));
    }

    [Fact]
    public async Task WorkersPage_WhenTheSearchIsCleared_ShowsEveryoneAtOnce()
    {
        await Data.AddAsync(Data.Worker("000001", "Julia", "Funderburk"), Data.Worker("000002", "Charlie", "Carson"));
        var page = RenderInHost<Workers>();
        await page.TypeAsync("#worker-search", "carson");
        LetDebounceElapse();
        page.WaitForAssertion(() => Assert.Single(WorkerLinks(page)));

        await page.ClickAsync(() => page.Find("#worker-search").Closest(".mud-input-control")!.QuerySelector(".mud-input-clear-button")!);

        page.WaitForAssertion(() => Assert.Equal(2, WorkerLinks(page).Count));
    }

    [Fact]
    public async Task WorkerDetailsPage_ShowsContactDetailsEmploymentAndPosition()
    {
        var position = TestData.Position("000101", "Software Engineer", "Engineering", "USMF");
        var julia = Data.Worker("000001", "Julia", "Funderburk", configure: w => w.MiddleName = "A.");
        julia.PositionAssignments.Add(new PositionAssignment { PositionId = position.Id, WorkerId = julia.Id, StartDate = Data.Today.AddYears(-1) });
        await Data.AddAsync(position, julia);

        var page = RenderInHost<WorkerDetailsPage>(p => p.Add(x => x.PersonnelNumber, "000001"));

        page.WaitForAssertion(() => Assert.Equal("Julia A. Funderburk", page.Find("[data-testid=worker-name]").TextContent.Trim()));
        Assert.Equal("Personnel number 000001 · Employee", page.Find("[data-testid=worker-personnel-number]").TextContent.Trim());
        Assert.Equal("julia.funderburk@contoso.com", page.Find("[data-testid=worker-email]").TextContent);
        Assert.Equal("+1 425-555-0199", page.Find("[data-testid=worker-phone]").TextContent);
        var start = Data.Today.AddYears(-1).ToString("d");
        Assert.Equal([["USMF · Contoso Entertainment USA", start, "", ""]], Rows(page, "worker-employments"));
        Assert.Equal([["000101 · Software Engineer", "Engineering", start, ""]], Rows(page, "worker-positions"));
    }

    [Fact]
    public async Task WorkerDetailsPage_ForAWorkerWithoutPosition_SaysSo()
    {
        await Data.AddAsync(Data.Worker("000001", "Julia", "Funderburk"));

        var page = RenderInHost<WorkerDetailsPage>(p => p.Add(x => x.PersonnelNumber, "000001"));

        page.WaitForAssertion(() => Assert.Contains("No position", page.Find("[data-testid=worker-positions]").TextContent, StringComparison.Ordinal));
    }

    [Fact]
    public async Task WorkerDetailsPage_ForAnUnknownPersonnelNumber_SaysThereIsNoSuchWorker()
    {
        await Data.AddAsync(Data.Worker("000001", "Julia", "Funderburk"));

        var page = RenderInHost<WorkerDetailsPage>(p => p.Add(x => x.PersonnelNumber, "999999"));

        page.WaitForAssertion(() => Assert.Equal("There is no worker with personnel number 999999.", page.Find("[data-testid=worker-not-found]").TextContent.Trim()));
        Assert.Empty(page.FindAll("[data-testid=worker-name]"));
    }

    [Fact]
    public async Task WorkerDetailsPage_EditContact_RefusesABadEmailWithItsReason_ThenSavesAGoodOneAndShowsIt()
    {
        await Data.AddAsync(Data.Worker("000010", "Fatima", "Zahra", configure: w => w.Email = "fatima zahra@example"));
        var page = RenderInHost<WorkerDetailsPage>(p => p.Add(x => x.PersonnelNumber, "000010"));

        await page.ClickWhenShownAsync("[data-testid=edit-contact]");
        page.WaitForElement("#worker-email");
        await ClickAsync(page, () => page.Find("[data-testid=worker-contact-save]"));
        page.WaitForAssertion(() => Assert.Equal("An email address cannot contain spaces.", page.TextUnder("#worker-email")));

        page.TypeAndLeave("worker-email", "fatima.zahra@example.com");
        await ClickAsync(page, () => page.Find("[data-testid=worker-contact-save]"));

        page.WaitForAssertion(() => Assert.Equal("Contact details saved.", page.Find("[data-testid=worker-saved]").TextContent.Trim()));
        Assert.Equal("fatima.zahra@example.com", page.Find("[data-testid=worker-email]").TextContent);
        Assert.Empty(page.FindAll("[data-testid=worker-contact-dialog]"));
        var audit = await Data.QueryAsync(db => Microsoft.EntityFrameworkCore.EntityFrameworkQueryableExtensions.SingleAsync(db.AuditEvents));
        Assert.Equal(("WorkerContactChanged", "Hanna Reyes"), (audit.Action, audit.Actor));
    }

    [Fact]
    public async Task WorkerDetailsPage_OffersToChangeTheStartDateOnlyUntilTheEmploymentStarts_AndMovesIt()
    {
        // An employment that started (WorkerDetailsPage_ShowsContactDetails...) has an empty last cell: no button.
        await Data.AddAsync(Data.Worker("000011", "Zoe", "Martin", configure: w => w.Employments[0].StartDate = Data.Today.AddDays(10)));

        var page = RenderInHost<WorkerDetailsPage>(p => p.Add(x => x.PersonnelNumber, "000011"));
        await page.ClickWhenShownAsync("[data-testid=change-start]");
        var picker = page.WaitForElement("input[data-testid=change-start-date]");
        await page.InvokeAsync(() => picker.Change(Data.Today.AddDays(17).ToString("d")));
        await ClickAsync(page, () => page.Find("[data-testid=change-start-save]"));

        page.WaitForAssertion(() => Assert.Equal("Start date saved.", page.Find("[data-testid=worker-saved]").TextContent.Trim()));
        Assert.Equal(Data.Today.AddDays(17).ToString("d"), page.Find("[data-testid=employment-start]").TextContent.Trim());
    }

    private static List<AngleSharp.Dom.IElement> WorkerLinks(IRenderedComponent<ComponentHost> page) => page.FindAll("[data-testid=worker-link]").ToList();

    private static List<List<string>> Rows(IRenderedComponent<ComponentHost> page, string testId) =>
        page.FindAll($"[data-testid={testId}] tbody tr").Select(row => row.QuerySelectorAll("td").Select(cell => cell.TextContent.Trim()).ToList()).ToList();
}
