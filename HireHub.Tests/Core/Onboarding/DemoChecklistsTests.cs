using HireHub.Core.Common;
using HireHub.Core.Domain;
using HireHub.Core.Features.Onboarding;
using HireHub.Tests.Support;

namespace HireHub.Tests.Core.Onboarding;

/// <summary>The demo's checklists: the Hire new worker dialog has some to offer on first run, and the onboarding page has work to show.</summary>
public sealed class DemoChecklistsTests : DatabaseTest
{
    protected override bool SeedDemoData => true;

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Theory]
    [InlineData(WorkerType.Employee, new[] { "General onboarding", "IT equipment" })]
    [InlineData(WorkerType.Contractor, new[] { "Contractor access", "General onboarding" })]
    public async Task Demo_OffersGeneralOnboardingToEveryone_AndOneMoreChecklistPerWorkerType(WorkerType type, string[] matching)
    {
        var offers = await Db.Get<ChecklistTemplateService>().OffersAsync(Ct);

        Assert.Equal(["Contractor access", "General onboarding", "IT equipment"], offers.Select(o => o.Name));
        Assert.Equal(matching, offers.Where(o => ChecklistRules.AppliesTo(o.AppliesTo, "USMF", type, "Engineering")).Select(o => o.Name));
        Assert.True(offers.Single(o => o.Name == "Contractor access").TaskCount < offers.Single(o => o.Name == "General onboarding").TaskCount);
    }

    [Fact]
    public async Task Demo_KevinLiuStartsNextWeekWithHisChecklistsUnderWay_AndTheLaptopOrderOverdue()
    {
        var page = await Db.Get<OnboardingTaskQueries>().ListAsync(new PageRequest(PageSize: 100), new OnboardingTaskFilter(OnboardingTaskView.All), null, Ct);

        var kevin = Assert.Single(page.Groups);
        Assert.Equal(("Kevin Liu", Db.Today.AddDays(7)), (kevin.WorkerName, kevin.StartDate));
        Assert.Equal(11, kevin.Progress.Total);
        Assert.True(kevin.Progress.Closed > 0);
        var overdue = Assert.Single(kevin.Tasks, t => t.Overdue);
        Assert.Equal(("Order the laptop and accessories", OnboardingOwner.It), (overdue.Title, overdue.Owner));
    }
}
