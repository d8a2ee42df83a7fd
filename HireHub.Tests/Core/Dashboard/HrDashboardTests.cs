using HireHub.Core.Common;
using HireHub.Core.Domain;
using HireHub.Core.Features.Candidates;
using HireHub.Core.Features.Dashboard;
using HireHub.Tests.Support;

namespace HireHub.Tests.Core.Dashboard;

/// <summary>The HR figures of the Home page, each equal to what the list it links to shows.</summary>
public sealed class HrDashboardTests : DatabaseTest
{
    // Weeks and days as a person reading in UTC has them; PeriodCountsTests shows them in other zones.
    private static readonly PersonTime Utc = new();

    private HrDashboardQueries Dashboard => Db.Get<HrDashboardQueries>();

    private CandidateQueries Panel => Db.Get<CandidateQueries>();

    [Fact]
    public async Task Waiting_CountsTheCandidatesThePanelLists()
    {
        await Db.Given.CandidateAsync();
        await Db.Given.CandidateAsync();
        await Db.Given.CandidateAsync(c => c with { Status = CandidateStatus.Hired });
        await Db.Given.CandidateAsync(c => c with { Status = CandidateStatus.Dismissed });
        await Db.Given.CandidateAsync(c => c with { AnonymisedAt = Db.Time.GetUtcNow() });

        var home = await Dashboard.LoadAsync(null, Utc, TestContext.Current.CancellationToken);

        Assert.Equal(2, home.Waiting);
        Assert.Equal((await Panel.ListToHireAsync(new PageRequest(), TestContext.Current.CancellationToken)).TotalCount, home.Waiting);
    }

    [Fact]
    public async Task LackingHireData_CountsExactlyTheCandidatesThePanelFlags()
    {
        var ct = TestContext.Current.CancellationToken;
        await Db.Given.CandidateAsync();
        await Db.Given.CandidateAsync(c => c with { Email = null });
        await Db.Given.CandidateAsync(c => c with { Email = " " });
        await Db.Given.CandidateAsync(c => c with { Phone = null });
        await Db.Given.CandidateAsync(c => c with { Phone = "555-0144" });
        await Db.Given.CandidateAsync(c => c with { Phone = "(425) 555-0132" }); // national form, readable: not flagged
        await Db.Given.CandidateAsync(c => c with { StartInDays = null });
        await Db.Given.CandidateAsync(c => c with { StartInDays = -1 });
        await Db.Given.CandidateAsync(c => c with { StartInDays = 0 });
        await Db.Given.CandidateAsync(c => c with { Email = null, Phone = "555-01", StartInDays = -3 });

        var home = await Dashboard.LoadAsync(null, Utc, ct);
        var panel = await Panel.ListToHireAsync(new PageRequest(PageSize: 100), null, ct);
        var flagged = panel.Items.Where(c => c.Missing != MissingHireData.None).Select(c => c.Id).Order().ToList();
        var filtered = await Panel.ListToHireAsync(new PageRequest(PageSize: 100), null, HrDashboardQueries.LackingHireData, ct);

        Assert.Equal(7, flagged.Count);
        Assert.Equal(flagged.Count, home.LackingHireData);
        Assert.Equal(flagged, filtered.Items.Select(c => c.Id).Order());
        Assert.Equal(flagged.Count, filtered.TotalCount);
    }

    [Fact]
    public async Task AgeingAlert_NamesWaitingCandidatesStartingFromTodayToSevenDaysOn()
    {
        var ct = TestContext.Current.CancellationToken;
        await Db.Given.CandidateAsync(c => c with { StartInDays = -1 });
        var today = await Db.Given.CandidateAsync(c => c with { StartInDays = 0 });
        var day7 = await Db.Given.CandidateAsync(c => c with { StartInDays = 7, Email = null, FirstName = "Ada", LastName = "Quinn" });
        await Db.Given.CandidateAsync(c => c with { StartInDays = 8 });
        await Db.Given.CandidateAsync(c => c with { StartInDays = 3, Status = CandidateStatus.Hired });

        var home = await Dashboard.LoadAsync(null, Utc, ct);
        var filtered = await Panel.ListToHireAsync(new PageRequest(), null, HrDashboardQueries.AgeingAlert, ct);

        Assert.Equal(2, home.AgeingCount);
        Assert.Equal(
            [new StartingCandidate(today.Id, $"{today.FirstName} {today.LastName}", "Software Engineer", Db.Today, today.Email!), new StartingCandidate(day7.Id, "Ada Quinn", "Software Engineer", Db.Today.AddDays(7), "Ada Quinn")],
            home.Ageing);
        Assert.Equal(home.Ageing.Select(c => c.Id).Order(), filtered.Items.Select(c => c.Id).Order());

        // The next day, the candidate starting today has a start date in the past and leaves the alert; day 8 enters it.
        Db.Time.Advance(TimeSpan.FromDays(1));
        Assert.Equal(2, (await Dashboard.LoadAsync(null, Utc, ct)).AgeingCount);
        Assert.DoesNotContain(today.Id, (await Dashboard.LoadAsync(null, Utc, ct)).Ageing.Select(c => c.Id));
    }

    [Fact]
    public async Task AgeingCandidate_IsFoundByThePanelsSearchWithItsFindBy()
    {
        var ct = TestContext.Current.CancellationToken;
        await Db.Given.CandidateAsync(c => c with { StartInDays = 2, FirstName = "Ada", LastName = "Quinn", Email = null });
        await Db.Given.CandidateAsync(c => c with { StartInDays = 3 });
        await Db.Given.CandidateAsync(c => c with { FirstName = "Ada", LastName = "Quist" });

        var home = await Dashboard.LoadAsync(null, Utc, ct);

        foreach (var candidate in home.Ageing)
        {
            var found = await Panel.ListToHireAsync(new PageRequest(Search: candidate.FindBy), null, ct);
            Assert.Equal(candidate.Id, Assert.Single(found.Items).Id);
        }
    }

    [Fact]
    public async Task StartersInTheNext14Days_AreEmploymentsStartingFromTodayToDay14()
    {
        await Db.Given.WorkerAsync(w => w with { EmploymentStartInDays = -1 });
        var first = await Db.Given.WorkerAsync(w => w with { EmploymentStartInDays = 0 });
        var last = await Db.Given.WorkerAsync(w => w with { EmploymentStartInDays = 14 });
        await Db.Given.WorkerAsync(w => w with { EmploymentStartInDays = 15 });

        var home = await Dashboard.LoadAsync(null, Utc, TestContext.Current.CancellationToken);

        Assert.Equal(2, home.StarterCount);
        Assert.Equal([first.PersonnelNumber, last.PersonnelNumber], home.Starters.Select(s => s.PersonnelNumber));
    }

    [Fact]
    public async Task ForAnHrPersonOfOneLegalEntity_EveryFigureCountsOnlyTheirsAndUnrouted()
    {
        var ct = TestContext.Current.CancellationToken;
        await Db.Given.DefaultConnectionAsync();
        await Db.Given.LegalEntityAsync("DEMF");
        await Db.InsertAsync(new HireHubPerson { Id = "marcus.lee", Name = "Marcus Lee", Roles = "HR", LegalEntityIds = "USMF" });
        var hiredAt = Db.Time.GetUtcNow().AddDays(-1);
        foreach (var entity in new[] { "USMF", "DEMF", null })
        {
            await Db.Given.CandidateAsync(c => c with { LegalEntityId = entity, StartInDays = 3, Email = null });
            await Db.Given.CandidateAsync(c => c with { LegalEntityId = entity, Status = CandidateStatus.Hired, ActedAt = hiredAt });
        }

        await Db.Given.WorkerAsync(w => w with { LegalEntityId = "USMF", EmploymentStartInDays = 2 });
        await Db.Given.WorkerAsync(w => w with { LegalEntityId = "DEMF", EmploymentStartInDays = 2 });

        var marcus = await Dashboard.LoadAsync("marcus.lee", Utc, ct);
        var everyone = await Dashboard.LoadAsync(null, Utc, ct);

        Assert.Equal((2, 2, 2, 1, 4, 2), (marcus.Waiting, marcus.LackingHireData, marcus.AgeingCount, marcus.StarterCount, marcus.Weeks.Received.Sum(), marcus.Weeks.Hired.Sum()));
        Assert.Equal((3, 3, 3, 2, 6, 3), (everyone.Waiting, everyone.LackingHireData, everyone.AgeingCount, everyone.StarterCount, everyone.Weeks.Received.Sum(), everyone.Weeks.Hired.Sum()));
        Assert.Equal((await Panel.ListToHireAsync(new PageRequest(), "marcus.lee", HrDashboardQueries.LackingHireData, ct)).TotalCount, marcus.LackingHireData);
    }

    [Fact]
    public async Task Weeks_AreTwelveUtcWeeksFromMonday_CountingReceiptsAndHiresAcrossTheYearEnd()
    {
        var ct = TestContext.Current.CancellationToken;
        // Tuesday 4 January 2028: this week began on Monday 3 January; the one before ran from Monday 27 December 2027.
        Db.Time.SetUtcNow(new DateTimeOffset(2028, 1, 4, 10, 0, 0, TimeSpan.Zero));
        DateTimeOffset At(int month, int day, int hour = 0, int minute = 0, int second = 0) =>
            new(month >= 10 ? 2027 : 2028, month, day, hour, minute, second, TimeSpan.Zero);
        foreach (var received in new[] { At(12, 26, 23, 59, 59), At(12, 27), At(12, 31, 23, 59), At(1, 2, 23, 59, 59), At(1, 3), At(1, 4, 9) })
        {
            await Db.Given.CandidateAsync(c => c with { ReceivedAt = received });
        }

        await Db.Given.CandidateAsync(c => c with { ReceivedAt = At(10, 1) }); // before the twelve weeks
        await Db.Given.CandidateAsync(c => c with { Status = CandidateStatus.Hired, ReceivedAt = At(12, 20), ActedAt = At(1, 1, 12) });
        await Db.Given.CandidateAsync(c => c with { Status = CandidateStatus.Hired, ReceivedAt = At(12, 20), ActedAt = At(1, 3, 8) });

        var weeks = (await Dashboard.LoadAsync(null, Utc, ct)).Weeks;

        Assert.Equal(12, weeks.Weeks.Count);
        Assert.Equal(At(1, 3), weeks.Weeks.StartOf(11));
        Assert.Equal(At(12, 27), weeks.Weeks.StartOf(10));
        Assert.Equal(At(10, 18), weeks.Weeks.StartOf(0));
        Assert.Equal(At(1, 10), weeks.Weeks.EndOf(11));
        Assert.Equal([0, 0, 0, 0, 0, 0, 0, 0, 0, 3, 3, 2], weeks.Received);
        Assert.Equal([0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 1, 1], weeks.Hired);
    }
}
