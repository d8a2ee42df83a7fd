using HireHub.Core.Common;
using HireHub.Core.Domain;
using HireHub.Core.Features.Hiring;
using HireHub.Core.Features.Workers;
using HireHub.Tests.Support;

namespace HireHub.Tests.Core.Workers;

public sealed class WorkerQueriesTests : DatabaseTest
{
    private WorkerQueries Queries => Db.Get<WorkerQueries>();

    [Fact]
    public async Task List_PagesByPersonnelNumberAndCountsEveryWorker()
    {
        foreach (var number in new[] { "000004", "000002", "000005", "000001", "000003" })
        {
            await Db.Given.WorkerAsync(w => w with { PersonnelNumber = number });
        }

        var first = await Queries.ListAsync(new PageRequest(Page: 0, PageSize: 2), TestContext.Current.CancellationToken);
        var last = await Queries.ListAsync(new PageRequest(Page: 2, PageSize: 2), TestContext.Current.CancellationToken);
        var descending = await Queries.ListAsync(new PageRequest(PageSize: 2, Direction: SortDirection.Descending), TestContext.Current.CancellationToken);

        Assert.Equal((5, 5, 5), (first.TotalCount, last.TotalCount, descending.TotalCount));
        Assert.Equal(["000001", "000002"], first.Items.Select(w => w.PersonnelNumber));
        Assert.Equal(["000005"], last.Items.Select(w => w.PersonnelNumber));
        Assert.Equal(["000005", "000004"], descending.Items.Select(w => w.PersonnelNumber));
    }

    [Fact]
    public async Task List_ShowsTheLatestEmploymentAndTheOpenPosition()
    {
        var position = await Db.Given.PositionAsync(p => p with { Title = "Product Manager" });
        await Db.Given.WorkerAsync(w => w with
        {
            PersonnelNumber = "000001",
            FirstName = "Julia",
            MiddleName = "A.",
            LastName = "Funderburk",
            Email = "julia@contoso.com",
            Phone = "+14255550101",
            PositionId = position.Id,
            EmploymentStartInDays = -100,
        });
        await Db.Given.WorkerAsync(w => w with { PersonnelNumber = "000002", FirstName = "Tony", LastName = "Krijnen", Email = null, Phone = null, WorkerType = WorkerType.Contractor });

        var items = (await Queries.ListAsync(new PageRequest(), TestContext.Current.CancellationToken)).Items;

        Assert.Equal(
            [
                new WorkerListItem("000001", "Julia A. Funderburk", "julia@contoso.com", "+14255550101", WorkerType.Employee, TestData.DefaultLegalEntityId, Db.Today.AddDays(-100), "Product Manager"),
                new WorkerListItem("000002", "Tony Krijnen", null, null, WorkerType.Contractor, TestData.DefaultLegalEntityId, Db.Today.AddDays(-365), null),
            ],
            items);
    }

    [Fact]
    public async Task Find_ReturnsTheWorkerWithEmploymentsAndPositionsNewestFirst()
    {
        await Db.Given.LegalEntityAsync("DEMF", "Contoso Germany");
        var oldPosition = await Db.Given.PositionAsync(p => p with { PositionNumber = "000116", Title = "Software Engineer", Department = "Engineering", LegalEntityId = "DEMF" });
        var newPosition = await Db.Given.PositionAsync(p => p with { PositionNumber = "000103", Title = "Senior Software Engineer", Department = "Engineering" });
        var worker = await Db.Given.WorkerAsync(w => w with
        {
            FirstName = "Tony",
            LastName = "Krijnen",
            LegalEntityId = "DEMF",
            PositionId = oldPosition.Id,
            WorkerType = WorkerType.Contractor,
            EmploymentStartInDays = -400,
            EmploymentEndInDays = -30,
        });
        var candidate = await Db.Given.CandidateAsync(c => c with { FirstName = "Tony", LastName = "Krijnen", Email = worker.Email, Phone = worker.Phone, StartInDays = 10 });
        var rehire = TestData.HireRequestFor(candidate) with { DuplicateDecision = DuplicateDecision.Rehire, RehireWorkerId = worker.Id, PositionId = newPosition.Id };
        Assert.True((await Db.Get<HiringService>().HireAsync(rehire, TestData.HrProfessional, TestContext.Current.CancellationToken)).Succeeded);

        var details = await Queries.FindAsync(worker.PersonnelNumber, TestContext.Current.CancellationToken);

        Assert.NotNull(details);
        Assert.Equal((worker.PersonnelNumber, "Tony", null, "Krijnen", WorkerType.Employee), (details.PersonnelNumber, details.FirstName, details.MiddleName, details.LastName, details.WorkerType));
        Assert.Equal(
            [
                new EmploymentDetails(TestData.DefaultLegalEntityId, $"Contoso {TestData.DefaultLegalEntityId}", Db.Today.AddDays(10), null),
                new EmploymentDetails("DEMF", "Contoso Germany", Db.Today.AddDays(-400), Db.Today.AddDays(-30)),
            ],
            details.Employments.Select(e => e with { Id = default, Version = default }));
        Assert.Equal(
            [
                new PositionAssignmentDetails("000103", "Senior Software Engineer", "Engineering", Db.Today.AddDays(10), null),
                new PositionAssignmentDetails("000116", "Software Engineer", "Engineering", Db.Today.AddDays(-400), Db.Today.AddDays(-30)),
            ],
            details.Positions);
    }

    [Fact]
    public async Task Find_WhenPersonnelNumberIsUnknown_ReturnsNull()
    {
        await Db.Given.WorkerAsync();

        Assert.Null(await Queries.FindAsync("999999", TestContext.Current.CancellationToken));
    }

    [Fact]
    public async Task StartingSoon_ListsEmploymentsStartingFromTodayUntilFourteenDaysAhead()
    {
        var position = await Db.Given.PositionAsync(p => p with { Title = "Recruiter" });
        await Db.Given.WorkerAsync(w => w with { PersonnelNumber = "started-yesterday", EmploymentStartInDays = -1 });
        await Db.Given.WorkerAsync(w => w with { PersonnelNumber = "in-14-days", EmploymentStartInDays = 14 });
        await Db.Given.WorkerAsync(w => w with { PersonnelNumber = "today", EmploymentStartInDays = 0, PositionId = position.Id });
        await Db.Given.WorkerAsync(w => w with { PersonnelNumber = "in-15-days", EmploymentStartInDays = 15 });
        await Db.Given.WorkerAsync(w => w with { PersonnelNumber = "in-7-days", EmploymentStartInDays = 7 });

        var starters = await Queries.StartingSoonAsync(ct: TestContext.Current.CancellationToken);

        Assert.Equal(["today", "in-7-days", "in-14-days"], starters.Select(s => s.PersonnelNumber));
        Assert.Equal([Db.Today, Db.Today.AddDays(7), Db.Today.AddDays(14)], starters.Select(s => s.StartDate));
        Assert.Equal("Recruiter", starters[0].PositionTitle);
        Assert.Equal(TestData.DefaultLegalEntityId, starters[0].LegalEntityId);
    }

    [Fact]
    public async Task StartingSoon_TakesOnlyAsManyAsAsked()
    {
        for (var i = 1; i <= 4; i++)
        {
            await Db.Given.WorkerAsync(w => w with { EmploymentStartInDays = i });
        }

        Assert.Equal(2, (await Queries.StartingSoonAsync(take: 2, TestContext.Current.CancellationToken)).Count);
    }

    [Fact]
    public async Task StartingSoon_MovesWithTheClock()
    {
        await Db.Given.WorkerAsync(w => w with { EmploymentStartInDays = 20 });
        Assert.Empty(await Queries.StartingSoonAsync(ct: TestContext.Current.CancellationToken));

        Db.Time.Advance(TimeSpan.FromDays(7));

        Assert.Single(await Queries.StartingSoonAsync(ct: TestContext.Current.CancellationToken));
    }

    [Fact]
    public async Task RecentHires_ListsTheNewestEmploymentsFirst()
    {
        var now = Db.Time.GetUtcNow();
        await Db.Given.WorkerAsync(w => w with { PersonnelNumber = "two-days-ago", CreatedAt = now.AddDays(-2) });
        await Db.Given.WorkerAsync(w => w with { PersonnelNumber = "a-year-ago", CreatedAt = now.AddDays(-365) });
        await Db.Given.WorkerAsync(w => w with { PersonnelNumber = "an-hour-ago", CreatedAt = now.AddHours(-1) });
        Db.Time.Advance(TimeSpan.FromMinutes(1));
        var hired = await Db.Get<HiringService>().HireAsync(TestData.HireRequestFor(await Db.Given.CandidateAsync()), TestData.HrProfessional, TestContext.Current.CancellationToken);

        var recent = await Queries.RecentHiresAsync(take: 3, TestContext.Current.CancellationToken);

        Assert.Equal([hired.Ok().PersonnelNumber, "an-hour-ago", "two-days-ago"], recent.Select(r => r.PersonnelNumber));
        Assert.Equal(Db.Time.GetUtcNow(), recent[0].HiredAt);
        Assert.Equal(hired.Ok().WorkerName, recent[0].Name);
    }
}
