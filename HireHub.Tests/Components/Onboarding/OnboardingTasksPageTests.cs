using System.Globalization;
using Bunit;
using HireHub.Core.Common;
using HireHub.Core.Domain;
using HireHub.Core.Features.Hiring;
using HireHub.Web.Components.Pages.Onboarding;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace HireHub.Tests.Components.Onboarding;

/// <summary>The onboarding page, /onboarding: HR's open tasks by new worker, done or skipped with a comment, reopened on purpose.</summary>
public sealed class OnboardingTasksPageTests : ComponentTestContext
{
    private readonly AtsConnection connection = TestData.Connection(defaultLegalEntityId: "USMF");
    private int hired;
    private readonly OnboardingTemplate general = OnboardingComponentData.Checklist("General onboarding", null, ("Send contract", -10), ("Order laptop", -2), ("Welcome", 0));

    public override async ValueTask InitializeAsync()
    {
        await base.InitializeAsync();
        await Data.AddAsync(TestData.LegalEntity("USMF", "Contoso Entertainment USA"), connection, general);
    }

    [Fact]
    public async Task Page_ListsOpenTasksGroupedByNewWorker_WithProgressOwnerAndOverdueState()
    {
        var ann = await HireAsync("Ann", "Lee", startInDays: 5);
        await HireAsync("Ben", "Okafor", startInDays: 30);

        var page = RenderInHost<OnboardingTasksPage>();

        page.WaitForAssertion(() => Assert.Equal(["Ann Lee", "Ben Okafor"], page.FindAll("[data-testid=onboarding-worker]").Select(a => a.TextContent.Trim())));
        Assert.Equal($"workers/{ann}", page.Find("[data-testid=onboarding-worker]").GetAttribute("href"));
        var annGroup = Group(page, "Ann Lee");
        Assert.Equal("0/3 done · 1 overdue", annGroup.QuerySelector("[data-testid=onboarding-progress]")!.TextContent.Trim());
        Assert.Equal(["Overdue", "Open", "Open"], annGroup.QuerySelectorAll("[data-testid=task-state]").Select(s => s.TextContent.Trim()));
        Assert.Equal(["HR", "HR", "HR"], annGroup.QuerySelectorAll("[data-testid=task-owner]").Select(s => s.TextContent.Trim()));
        Assert.Equal("0/3 done", Group(page, "Ben Okafor").QuerySelector("[data-testid=onboarding-progress]")!.TextContent.Trim());
    }

    [Fact]
    public async Task MarkDone_WithAComment_TakesTheTaskOffTheOpenList_AndTheDoneViewShowsWhoAndWhen()
    {
        await HireAsync("Ann", "Lee", startInDays: 5);
        var page = RenderInHost<OnboardingTasksPage>();
        page.WaitForAssertion(() => Assert.Equal(3, page.FindAll("[data-testid=onboarding-task]").Count));

        await ClickAsync(page, () => TaskRow(page, "Send contract").QuerySelector("[data-testid=task-complete]")!);
        page.WaitForElement("#task-comment");
        await page.InvokeAsync(() => page.Find("#task-comment").Change("Signed by email."));
        await ClickAsync(page, () => page.Find("[data-testid=task-dialog-confirm]"));

        page.WaitForAssertion(() => Assert.Equal(["Order laptop", "Welcome"], page.FindAll("[data-testid=task-title]").Select(t => t.TextContent.Trim())));
        Assert.Equal("1/3 done", page.Find("[data-testid=onboarding-progress]").TextContent.Trim());
        await page.InvokeAsync(() => page.Find("#onboarding-view").Change("Done"));
        page.WaitForAssertion(() => Assert.Equal(["Send contract"], page.FindAll("[data-testid=task-title]").Select(t => t.TextContent.Trim())));
        Assert.StartsWith("by Hanna Reyes, ", page.Find("[data-testid=task-acted]").TextContent.Trim(), StringComparison.Ordinal);
        Assert.Equal("“Signed by email.”", page.Find("[data-testid=task-comment]").TextContent.Trim());
        var stored = await Data.QueryAsync(db => db.OnboardingTasks.AsNoTracking().SingleAsync(t => t.Title == "Send contract"));
        Assert.Equal((OnboardingTaskState.Done, "Hanna Reyes"), (stored.State, stored.ActedBy));
    }

    [Fact]
    public async Task Reopen_AsksFirst_AndOnConfirmBringsTheTaskBack()
    {
        await HireAsync("Ann", "Lee", startInDays: 5);
        var page = RenderInHost<OnboardingTasksPage>();
        page.WaitForAssertion(() => Assert.Equal(3, page.FindAll("[data-testid=onboarding-task]").Count));
        await ClickAsync(page, () => TaskRow(page, "Welcome").QuerySelector("[data-testid=task-skip]")!);
        await page.ClickWhenShownAsync("[data-testid=task-dialog-confirm]");
        page.WaitForAssertion(() => Assert.Equal(2, page.FindAll("[data-testid=onboarding-task]").Count));
        await page.InvokeAsync(() => page.Find("#onboarding-view").Change("Skipped"));
        page.WaitForAssertion(() => Assert.Single(page.FindAll("[data-testid=task-reopen]")));

        await ClickAsync(page, () => page.Find("[data-testid=task-reopen]"));
        page.WaitForAssertion(() => Assert.Contains("Reopen \"Welcome\"?", page.Find(".mud-dialog").TextContent, StringComparison.Ordinal));
        await ClickAsync(page, () => page.ButtonInDialog("Reopen"));

        page.WaitForAssertion(() => Assert.Empty(page.FindAll("[data-testid=onboarding-task]")));
        Assert.Equal(OnboardingTaskState.Open, await Data.QueryAsync(db => db.OnboardingTasks.Where(t => t.Title == "Welcome").Select(t => t.State).SingleAsync()));
    }

    [Fact]
    public async Task Filters_OverdueAndStartingSoon_NarrowTheListAndSayWhetherTheyAreOn()
    {
        await HireAsync("Ann", "Lee", startInDays: 5);
        await HireAsync("Ben", "Okafor", startInDays: 30);
        var page = RenderInHost<OnboardingTasksPage>();
        page.WaitForAssertion(() => Assert.Equal(6, page.FindAll("[data-testid=onboarding-task]").Count));

        await ClickAsync(page, () => page.Find("[data-testid=filter-overdue]"));

        page.WaitForAssertion(() => Assert.Equal(["Send contract"], page.FindAll("[data-testid=task-title]").Select(t => t.TextContent.Trim())));
        Assert.Equal("true", page.Find("[data-testid=filter-overdue]").GetAttribute("aria-pressed"));
        await ClickAsync(page, () => page.Find("[data-testid=filter-overdue]"));
        await ClickAsync(page, () => page.Find("[data-testid=filter-starting-soon]"));
        page.WaitForAssertion(() => Assert.Equal(["Ann Lee"], page.FindAll("[data-testid=onboarding-worker]").Select(a => a.TextContent.Trim())));
    }

    [Fact]
    public async Task MarkDone_WhenSomeoneElseSkippedItMeanwhile_SaysSoAndTheListShowsWhatIsTrueNow()
    {
        await HireAsync("Ann", "Lee", startInDays: 5);
        var page = RenderInHost<OnboardingTasksPage>();
        page.WaitForAssertion(() => Assert.Equal(3, page.FindAll("[data-testid=onboarding-task]").Count));
        await Data.QueryAsync(db => db.OnboardingTasks.Where(t => t.Title == "Welcome")
            .ExecuteUpdateAsync(t => t.SetProperty(x => x.State, OnboardingTaskState.Skipped).SetProperty(x => x.Version, Guid.NewGuid())));

        await ClickAsync(page, () => TaskRow(page, "Welcome").QuerySelector("[data-testid=task-complete]")!);
        await page.ClickWhenShownAsync("[data-testid=task-dialog-confirm]");

        page.WaitForAssertion(() => Assert.Contains("changed by someone else", page.Find("[data-testid=task-problem]").TextContent, StringComparison.Ordinal));
        await ClickAsync(page, () => page.Find("[data-testid=task-dialog-cancel]"));
        page.WaitForAssertion(() => Assert.Equal(["Send contract", "Order laptop"], page.FindAll("[data-testid=task-title]").Select(t => t.TextContent.Trim())));
    }

    [Fact]
    public async Task Page_ForADutchReader_IsInDutchThroughout()
    {
        await HireAsync("Ann", "Lee", startInDays: 5);
        var (culture, uiCulture) = (CultureInfo.CurrentCulture, CultureInfo.CurrentUICulture);
        CultureInfo.CurrentCulture = CultureInfo.CurrentUICulture = CultureInfo.GetCultureInfo("nl-NL");
        try
        {
            var page = RenderInHost<OnboardingTasksPage>();

            page.WaitForAssertion(() => Assert.Equal(3, page.FindAll("[data-testid=onboarding-task]").Count));
            Assert.Equal("Onboarding", page.Find("h1").TextContent.Trim());
            Assert.Equal("0/3 afgerond · 1 te laat", page.Find("[data-testid=onboarding-progress]").TextContent.Trim());
            Assert.Equal(["Te laat", "Openstaand", "Openstaand"], page.FindAll("[data-testid=task-state]").Select(s => s.TextContent.Trim()));
            Assert.Equal("Openstaande taken", page.Find("#onboarding-view option[selected]").TextContent.Trim());
            Assert.Equal(["Van mij", "Mijn rol (HR)", "Te laat", "Begint binnen 14 dagen"], page.FindAll("[data-testid^=filter-]").Select(b => b.TextContent.Trim()));
            Assert.Equal(Data.Today.AddDays(-5).ToString("d", CultureInfo.GetCultureInfo("nl-NL")), page.Find("[data-testid=task-due]").TextContent.Trim());
            Assert.Equal("Afronden", page.Find("[data-testid=task-complete]").TextContent.Trim());
        }
        finally
        {
            (CultureInfo.CurrentCulture, CultureInfo.CurrentUICulture) = (culture, uiCulture);
        }
    }

    [Fact]
    public async Task StartingSoon_ShowsEachStartersProgress_AndWarnsOfARequiredTaskOpenWithinThreeDaysOfTheStart()
    {
        await HireAsync("Ann", "Lee", startInDays: 2);
        await HireAsync("Ben", "Okafor", startInDays: 10);

        var page = RenderInHost<HireHub.Web.Components.Pages.PersonnelManagement.PersonnelManagement>();

        page.WaitForAssertion(() => Assert.Equal(2, page.FindAll("[data-testid=starting-soon] [data-testid=starter-onboarding]").Count));
        var starters = page.FindAll("[data-testid=starting-soon] li");
        Assert.Equal("0/3 done · 1 overdue", starters[0].QuerySelector("[data-testid=starter-onboarding]")!.TextContent.Trim());
        Assert.Equal("2 required task(s) still open", starters[0].QuerySelector("[data-testid=starter-required-open]")!.TextContent.Trim());
        Assert.Equal("0/3 done", starters[1].QuerySelector("[data-testid=starter-onboarding]")!.TextContent.Trim());
        Assert.Null(starters[1].QuerySelector("[data-testid=starter-required-open]"));
    }

    /// <summary>Hires a candidate through the app's own service with the general checklist; returns the personnel number.</summary>
    private async Task<string> HireAsync(string first, string last, int startInDays)
    {
        var candidate = Data.Candidate(connection, first, last, c => (c.StartDate, c.Phone) = (Data.Today.AddDays(startInDays), $"+142555501{++hired:00}"));
        await Data.AddAsync(candidate);
        var request = new HireNewWorker
        {
            CandidateId = candidate.Id,
            Revision = candidate.Revision,
            FirstName = first,
            LastName = last,
            Email = candidate.Email,
            Phone = candidate.Phone,
            StartDate = candidate.StartDate,
            LegalEntityId = "USMF",
            WorkerType = WorkerType.Employee,
            ChecklistTemplateIds = [general.Id],
        };
        var result = await Services.GetRequiredService<HiringService>().HireAsync(request, new Actor("hanna.reyes", "Hanna Reyes"));
        Assert.True(result.Succeeded, result.Problem?.Message);
        return result.Ok().PersonnelNumber;
    }

    private static AngleSharp.Dom.IElement Group(IRenderedComponent<ComponentHost> page, string worker) =>
        page.Find($"[data-testid=onboarding-group][data-worker='{worker}']");

    private static AngleSharp.Dom.IElement TaskRow(IRenderedComponent<ComponentHost> page, string title) =>
        page.Find($"[data-testid=onboarding-task][data-task='{title}']");
}
