using System.Globalization;
using AngleSharp.Html.Dom;
using Bunit;
using HireHub.Core.Domain;
using HireHub.Web.Components.Pages.PersonnelManagement;
using Microsoft.EntityFrameworkCore;

namespace HireHub.Tests.Components.Onboarding;

/// <summary>The Hire new worker dialog's third part, Onboarding checklists, opened as HR opens it from the candidate's row.</summary>
public sealed class HireDialogChecklistsTests : ComponentTestContext
{
    private readonly AtsConnection connection = TestData.Connection(defaultLegalEntityId: "USMF");

    public override async ValueTask InitializeAsync()
    {
        await base.InitializeAsync();
        await Data.AddAsync(
            TestData.LegalEntity("USMF", "Contoso Entertainment USA"),
            connection,
            OnboardingComponentData.Checklist("General onboarding", null, ("Send contract", -10), ("Welcome", 0), ("30-day check-in", 30)),
            OnboardingComponentData.Checklist("IT equipment", WorkerType.Employee, ("Order laptop", -5), ("Hand over laptop", 0)),
            OnboardingComponentData.Checklist("Contractor access", WorkerType.Contractor, ("Guest account", -2)));
    }

    [Fact]
    public async Task Dialog_TicksTheChecklistsWhoseRulesMatch_AndSaysHowManyTasksAndTheFirstDueDate()
    {
        var ann = Data.Candidate(connection, "Ann", "Lee", c => c.StartDate = Data.Today.AddDays(21));
        await Data.AddAsync(ann);

        var dialog = OpenHireDialog(ann);

        dialog.WaitForAssertion(() => Assert.Equal(["General onboarding", "IT equipment"], Ticked(dialog)));
        Assert.Equal($"3 tasks · first due {DateText(Data.Today.AddDays(11))} Matches this hire", Detail(dialog, "General onboarding"));
        Assert.Equal("1 tasks", Detail(dialog, "Contractor access").Split(" · ")[0]);
        Assert.Equal($"Adds 5 onboarding tasks; the first is due on {DateText(Data.Today.AddDays(11))}.", dialog.Find("[data-testid=checklists-summary]").TextContent.Trim());
        Assert.Empty(dialog.FindAll("[data-testid=checklists-overdue]"));
    }

    [Fact]
    public async Task Dialog_WhenTheWorkerTypeChanges_TicksTheChecklistsForThatType()
    {
        var ann = Data.Candidate(connection, "Ann", "Lee");
        await Data.AddAsync(ann);
        var dialog = OpenHireDialog(ann);
        dialog.WaitForAssertion(() => Assert.Equal(["General onboarding", "IT equipment"], Ticked(dialog)));

        dialog.Choose("hire-worker-type", "Contractor");

        dialog.WaitForAssertion(() => Assert.Equal(["Contractor access", "General onboarding"], Ticked(dialog)));
    }

    [Fact]
    public async Task Dialog_WhenTheStartDateChanges_RecomputesTheFirstDueDateAndWarnsOfTasksAlreadyOverdue()
    {
        var ann = Data.Candidate(connection, "Ann", "Lee", c => c.StartDate = Data.Today.AddDays(21));
        await Data.AddAsync(ann);
        var dialog = OpenHireDialog(ann);
        dialog.WaitForAssertion(() => Assert.Equal(2, Ticked(dialog).Count));

        dialog.Find("[data-testid=hire-start-date]").Change(DateText(Data.Today.AddDays(3)));

        dialog.WaitForAssertion(() => Assert.Equal(
            $"Adds 5 onboarding tasks; the first is due on {DateText(Data.Today.AddDays(-7))}.", dialog.Find("[data-testid=checklists-summary]").TextContent.Trim()));
        Assert.Equal(
            "2 of these tasks are already past their due date; they are created all the same and show as overdue.",
            dialog.Find("[data-testid=checklists-overdue]").TextContent.Trim());
    }

    [Fact]
    public async Task Continue_AfterUntickingAChecklist_HiresWithTheTasksOfTheTickedOnesOnly()
    {
        var ann = Data.Candidate(connection, "Ann", "Lee");
        await Data.AddAsync(ann);
        var dialog = OpenHireDialog(ann);
        dialog.WaitForAssertion(() => Assert.Equal(2, Ticked(dialog).Count));

        await dialog.InvokeAsync(() => Checkbox(dialog, "IT equipment").Change(false));
        dialog.WaitForAssertion(() => Assert.Equal(["General onboarding"], Ticked(dialog)));
        await dialog.InvokeAsync(() => dialog.Find("[data-testid=hire-continue]").Click());

        dialog.WaitForAssertion(() => Assert.Empty(dialog.FindAll("[data-testid=hire-dialog]")));
        var titles = await Data.QueryAsync(db => db.OnboardingTasks.AsNoTracking().OrderBy(t => t.Order).Select(t => t.Title).ToListAsync());
        Assert.Equal(["Send contract", "Welcome", "30-day check-in"], titles);
    }

    [Fact]
    public async Task Continue_AfterTickingAnotherChecklist_AddsItsTasksToo()
    {
        var ann = Data.Candidate(connection, "Ann", "Lee");
        await Data.AddAsync(ann);
        var dialog = OpenHireDialog(ann);
        dialog.WaitForAssertion(() => Assert.Equal(2, Ticked(dialog).Count));

        await dialog.InvokeAsync(() => Checkbox(dialog, "Contractor access").Change(true));
        dialog.WaitForAssertion(() => Assert.Equal(3, Ticked(dialog).Count));
        await dialog.InvokeAsync(() => dialog.Find("[data-testid=hire-continue]").Click());

        dialog.WaitForAssertion(() => Assert.Empty(dialog.FindAll("[data-testid=hire-dialog]")));
        Assert.Equal(6, await Data.QueryAsync(db => db.OnboardingTasks.CountAsync()));
    }

    private IRenderedComponent<ComponentHost> OpenHireDialog(ExportedCandidate candidate)
    {
        var panel = RenderInHost<CandidatesToHirePanel>();
        panel.WaitForElement($"[data-testid=hire-{candidate.Id}]").Click();
        panel.WaitForElement("[data-testid=onboarding-checklists]");
        return panel;
    }

    private static IHtmlInputElement Checkbox(IRenderedComponent<ComponentHost> dialog, string checklist) =>
        (IHtmlInputElement)dialog.Find($"li[data-checklist='{checklist}'] input[type=checkbox]");

    private static List<string> Ticked(IRenderedComponent<ComponentHost> dialog) =>
        [.. dialog.FindAll("li[data-testid=checklist-choice]")
            .Where(li => ((IHtmlInputElement)li.QuerySelector("input[type=checkbox]")!).IsChecked)
            .Select(li => li.GetAttribute("data-checklist")!)
            .Order(StringComparer.Ordinal)];

    private static string Detail(IRenderedComponent<ComponentHost> dialog, string checklist) =>
        string.Join(' ', dialog.Find($"li[data-checklist='{checklist}'] [data-testid=checklist-detail]").TextContent.Split((char[])[' ', '\n'], StringSplitOptions.RemoveEmptyEntries));

    private static string DateText(DateOnly date) => date.ToString("d", CultureInfo.CurrentCulture);
}
