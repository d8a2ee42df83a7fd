using HireHub.Core.Common;
using HireHub.Core.Domain;
using HireHub.Core.Features.Onboarding;
using HireHub.Core.Features.Workers;
using HireHub.Tests.Support;
using Microsoft.EntityFrameworkCore;

namespace HireHub.Tests.Core.Onboarding;

/// <summary>The onboarding page's list: grouped by new worker, filtered and paged in the database, limited to HR's legal entities.</summary>
public sealed class OnboardingTaskQueriesTests : DatabaseTest
{
    private OnboardingTaskQueries Queries => Db.Get<OnboardingTaskQueries>();

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    private Task<OnboardingTaskPage> ListAsync(OnboardingTaskFilter filter, string? search = null, string? person = null, int page = 0, int size = 25) =>
        Queries.ListAsync(new PageRequest(page, size, Search: search), filter, person, Ct);

    private async Task<OnboardingTemplate> GeneralAsync() => await Db.ChecklistAsync("General onboarding",
    [
        new("Send contract", -10, Required: true),
        new("Order laptop", -5, OnboardingOwner.It, Required: true),
        new("Meet the team", 0, PersonId: "hanna.reyes"),
    ]);

    [Fact]
    public async Task List_GroupsTasksByNewWorkerInStartDateOrder_WithEachWorkersProgress()
    {
        await Db.InsertAsync(new HireHubPerson { Id = "hanna.reyes", Name = "Hanna Reyes", Roles = "HR" });
        var general = await GeneralAsync();
        var (_, later) = await Db.HireWithChecklistsAsync(startInDays: 30, [general.Id]);
        var (_, sooner) = await Db.HireWithChecklistsAsync(startInDays: 8, [general.Id]);

        var page = await ListAsync(new OnboardingTaskFilter());

        Assert.Equal(6, page.TotalTasks);
        Assert.Equal([sooner.PersonnelNumber, later.PersonnelNumber], page.Groups.Select(g => g.PersonnelNumber));
        var first = page.Groups[0];
        Assert.Equal(["Send contract", "Order laptop", "Meet the team"], first.Tasks.Select(t => t.Title));
        Assert.Equal(new OnboardingProgress(3, 0, 1, 2), first.Progress);
        Assert.Equal(("Hanna Reyes", OnboardingOwner.Person), (first.Tasks[2].OwnerPersonName, first.Tasks[2].Owner));
    }

    [Fact]
    public async Task List_Filters_MineMyRoleOverdueAndStartingSoon_EachNarrowTheList()
    {
        await Db.InsertAsync(new HireHubPerson { Id = "hanna.reyes", Name = "Hanna Reyes", Roles = "HR" });
        var general = await GeneralAsync();
        // Starting in 5 days, "Order laptop" (-5) is due today: not overdue yet.
        await Db.HireWithChecklistsAsync(startInDays: 5, [general.Id]);
        await Db.HireWithChecklistsAsync(startInDays: 30, [general.Id]);

        Assert.Equal(2, (await ListAsync(new OnboardingTaskFilter(Mine: true), person: "hanna.reyes")).TotalTasks);
        Assert.Equal(0, (await ListAsync(new OnboardingTaskFilter(Mine: true), person: "marcus.lee")).TotalTasks);
        Assert.Equal(["Send contract"], (await ListAsync(new OnboardingTaskFilter(MyRole: true))).Groups.SelectMany(g => g.Tasks).Select(t => t.Title).Distinct());
        Assert.Equal(["Send contract"], (await ListAsync(new OnboardingTaskFilter(Overdue: true))).Groups.SelectMany(g => g.Tasks).Select(t => t.Title));
        Assert.Equal(3, (await ListAsync(new OnboardingTaskFilter(StartingSoon: true))).TotalTasks);
        Assert.Equal(1, (await ListAsync(new OnboardingTaskFilter(Overdue: true, StartingSoon: true))).TotalTasks);
    }

    [Fact]
    public async Task List_ByState_ShowsDoneTasksWithWhoAndWhenAndLeavesThemOutOfTheOpenList()
    {
        var general = await GeneralAsync();
        var (_, hire) = await Db.HireWithChecklistsAsync(startInDays: 8, [general.Id]);
        var task = (await ListAsync(new OnboardingTaskFilter())).Groups.Single().Tasks[0];
        await Db.Get<OnboardingTaskActions>().CompleteAsync(new ActOnOnboardingTask(task.Id, task.Version, "Sent."), TestData.HrProfessional, Ct);

        var done = Assert.Single((await ListAsync(new OnboardingTaskFilter(OnboardingTaskView.Done))).Groups.Single().Tasks);
        Assert.Equal(("Send contract", "Alex Doe", "Sent."), (done.Title, done.ActedBy, done.Comment));
        Assert.Equal(2, (await ListAsync(new OnboardingTaskFilter())).TotalTasks);
        Assert.Equal(3, (await ListAsync(new OnboardingTaskFilter(OnboardingTaskView.All))).TotalTasks);
        Assert.Equal(new OnboardingProgress(3, 1, 0, 1), (await ListAsync(new OnboardingTaskFilter())).Groups.Single().Progress);
        var onWorkerPage = Assert.Single(await Queries.ForWorkerAsync(hire.PersonnelNumber, Ct));
        Assert.Equal((3, new OnboardingProgress(3, 1, 0, 1)), (onWorkerPage.Tasks.Count, onWorkerPage.Progress));
    }

    [Fact]
    public async Task List_SearchAndPaging_RunInTheDatabase()
    {
        var general = await GeneralAsync();
        var (candidate, _) = await Db.HireWithChecklistsAsync(startInDays: 8, [general.Id]);
        await Db.HireWithChecklistsAsync(startInDays: 9, [general.Id]);

        Assert.Equal(3, (await ListAsync(new OnboardingTaskFilter(), search: candidate.LastName)).Groups.Single().Tasks.Count);
        Assert.Equal(2, (await ListAsync(new OnboardingTaskFilter(), search: "laptop")).TotalTasks);
        var second = await ListAsync(new OnboardingTaskFilter(), page: 1, size: 4);
        Assert.Equal((6, 2), (second.TotalTasks, second.Groups.Sum(g => g.Tasks.Count)));
    }

    [Fact]
    public async Task List_ForAnHrPersonWithLegalEntities_ShowsOnlyTheirNewWorkers()
    {
        await Db.Given.LegalEntityAsync("USRT");
        await Db.InsertAsync(new HireHubPerson { Id = "marcus.lee", Name = "Marcus Lee", Roles = "HR", LegalEntityIds = "USRT" });
        var general = await GeneralAsync();
        await Db.HireWithChecklistsAsync(startInDays: 8, [general.Id]);
        var (_, retail) = await Db.HireWithChecklistsAsync(startInDays: 9, [general.Id], r => r with { LegalEntityId = "USRT" });

        var page = await ListAsync(new OnboardingTaskFilter(), person: "marcus.lee");

        Assert.Equal([retail.PersonnelNumber], page.Groups.Select(g => g.PersonnelNumber));
        Assert.Equal((3, 1), await Queries.WorkloadAsync("marcus.lee", Ct));
    }

    [Fact]
    public async Task ForStarters_WarnsWhenARequiredTaskIsOpenWithinThreeDaysOfTheStart()
    {
        var general = await GeneralAsync();
        await Db.HireWithChecklistsAsync(startInDays: 3, [general.Id]);
        await Db.HireWithChecklistsAsync(startInDays: 4, [general.Id]);
        var starters = await Db.Get<WorkerQueries>().StartingSoonAsync(ct: Ct);

        var onboarding = await Queries.ForStartersAsync([.. starters.Select(s => s.EmploymentId)], Ct);

        Assert.Equal([true, false], starters.Select(s => onboarding[s.EmploymentId].RequiredBeforeStartAtRisk));
        Assert.Equal(new OnboardingProgress(3, 0, 2, 2), onboarding[starters[0].EmploymentId].Progress);
    }
}
