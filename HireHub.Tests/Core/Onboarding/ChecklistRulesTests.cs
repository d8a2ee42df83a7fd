using HireHub.Core.Domain;
using HireHub.Core.Features.Onboarding;

namespace HireHub.Tests.Core.Onboarding;

/// <summary>Which checklists a hire gets suggested, and when a task falls due.</summary>
public sealed class ChecklistRulesTests
{
    [Theory]
    [InlineData(null, null, null, true)]
    [InlineData("USMF", null, null, true)]
    [InlineData("USRT", null, null, false)]
    [InlineData(null, WorkerType.Employee, null, true)]
    [InlineData(null, WorkerType.Contractor, null, false)]
    [InlineData(null, null, "engineering", true)]
    [InlineData(null, null, "Sales", false)]
    [InlineData("usmf", WorkerType.Employee, " Engineering ", true)]
    [InlineData("USMF", WorkerType.Contractor, "Engineering", false)]
    public void AppliesTo_AnEmployeeOfUsmfInEngineering_MatchesOnlyWhenEveryRuleSetHolds(string? legalEntity, WorkerType? type, string? department, bool applies) =>
        Assert.Equal(applies, ChecklistRules.AppliesTo(new ChecklistAppliesTo(legalEntity, type, department), "USMF", WorkerType.Employee, "Engineering"));

    [Fact]
    public void AppliesTo_ADepartmentRule_NeedsAPositionInThatDepartment() =>
        Assert.False(ChecklistRules.AppliesTo(new ChecklistAppliesTo(null, null, "Engineering"), "USMF", WorkerType.Employee, department: null));

    [Theory]
    [InlineData("2027-03-03", -5, "2027-02-26")] // back across a short February
    [InlineData("2028-03-01", -1, "2028-02-29")] // into a leap day
    [InlineData("2027-01-31", 30, "2027-03-02")] // forward across February's end
    [InlineData("2027-12-28", 7, "2028-01-04")] // across the year's end
    [InlineData("2027-04-30", 0, "2027-04-30")] // day one
    public void DueDate_IsTheStartDateMovedByTheOffsetInCalendarDays(string start, int offset, string due) =>
        Assert.Equal(DateOnly.Parse(due, System.Globalization.CultureInfo.InvariantCulture), ChecklistRules.DueDate(DateOnly.Parse(start, System.Globalization.CultureInfo.InvariantCulture), offset));

    [Theory]
    [InlineData(OnboardingTaskState.Open, -1, true)]
    [InlineData(OnboardingTaskState.Open, 0, false)]
    [InlineData(OnboardingTaskState.Done, -10, false)]
    [InlineData(OnboardingTaskState.Skipped, -10, false)]
    [InlineData(OnboardingTaskState.Cancelled, -10, false)]
    public void IsOverdue_OnlyForAnOpenTaskPastItsDueDate(OnboardingTaskState state, int dueInDays, bool overdue)
    {
        var today = new DateOnly(2027, 3, 1);
        Assert.Equal(overdue, ChecklistRules.IsOverdue(state, today.AddDays(dueInDays), today));
    }

    [Fact]
    public void Offer_CountsTasksFirstDueDateAndWhatIsAlreadyOverdueForAStartDate()
    {
        var offer = new ChecklistOffer(Guid.NewGuid(), "General", null, ChecklistAppliesTo.Everyone, [-10, -3, 0, 14]);
        var today = new DateOnly(2027, 3, 1);

        Assert.Equal(4, offer.TaskCount);
        Assert.Equal(new DateOnly(2027, 2, 24), offer.FirstDueDate(new DateOnly(2027, 3, 6)));
        Assert.Equal(1, offer.OverdueAt(new DateOnly(2027, 3, 6), today));
        Assert.Equal(0, offer.OverdueAt(new DateOnly(2027, 3, 20), today));
        Assert.Null(new ChecklistOffer(Guid.NewGuid(), "Empty", null, ChecklistAppliesTo.Everyone, []).FirstDueDate(today));
    }
}
