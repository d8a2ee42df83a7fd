using Bunit;
using HireHub.Core.Domain;
using HireHub.Web.Components.Pages.Onboarding;

namespace HireHub.Tests.Components.Onboarding;

/// <summary>HR's dashboard card for onboarding: how much is open and how much is late, each a link to the list.</summary>
public sealed class OnboardingWorkCardTests : ComponentTestContext
{
    [Fact]
    public async Task Card_CountsOpenAndOverdueTasks_AndLinksToTheOverdueList()
    {
        var worker = Data.Worker("000001", "Ann", "Lee");
        var employment = worker.Employments[0];
        await Data.AddAsync(TestData.LegalEntity(), worker,
            TaskOf(employment, "Send contract", dueInDays: -3, OnboardingTaskState.Open),
            TaskOf(employment, "Order laptop", dueInDays: 2, OnboardingTaskState.Open),
            TaskOf(employment, "Welcome", dueInDays: -1, OnboardingTaskState.Done),
            TaskOf(employment, "Badge", dueInDays: -5, OnboardingTaskState.Cancelled));

        var card = RenderInHost<OnboardingWorkCard>();

        card.WaitForAssertion(() => Assert.Equal("2 open onboarding tasks", card.Find("[data-testid=onboarding-open]").TextContent.Trim()));
        Assert.Equal("1 overdue", card.Find("[data-testid=onboarding-overdue]").TextContent.Trim());
        Assert.Equal("onboarding?filter=overdue", card.Find("[data-testid=onboarding-overdue]").GetAttribute("href"));
    }

    private OnboardingTask TaskOf(Employment employment, string title, int dueInDays, OnboardingTaskState state) => new()
    {
        EmploymentId = employment.Id,
        ChecklistName = "General onboarding",
        Title = title,
        DueDate = Data.Today.AddDays(dueInDays),
        State = state,
        CreatedAt = Now,
    };
}
