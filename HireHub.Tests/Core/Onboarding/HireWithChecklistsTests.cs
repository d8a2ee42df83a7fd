using HireHub.Core.Common;
using HireHub.Core.Data;
using HireHub.Core.Domain;
using HireHub.Core.Features.Audit;
using HireHub.Core.Features.Hiring;
using HireHub.Core.Features.Onboarding;
using HireHub.Tests.Support;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace HireHub.Tests.Core.Onboarding;

/// <summary>Continue creates the worker and the worker's onboarding tasks in one transaction: all of it, or nothing.</summary>
public sealed class HireWithChecklistsTests : DatabaseTest
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task Hire_WithTwoChecklists_CreatesTheirTasksDueFromTheStartDate()
    {
        var general = await Db.ChecklistAsync("General onboarding", [new("Send contract", -10, Required: true), new("Welcome", 0, OnboardingOwner.HiringManager), new("30-day check-in", 30)]);
        var it = await Db.ChecklistAsync("IT equipment", [new("Order laptop", -5, OnboardingOwner.It, Required: true)]);

        var (_, hire) = await Db.HireWithChecklistsAsync(startInDays: 20, [it.Id, general.Id]);

        Assert.Equal(4, hire.OnboardingTasks);
        await using var db = Db.CreateDbContext();
        var employment = await db.Employments.AsNoTracking().SingleAsync(e => e.WorkerId == hire.WorkerId, Ct);
        var tasks = await db.OnboardingTasks.AsNoTracking().Where(t => t.EmploymentId == employment.Id).OrderBy(t => t.Order).ToListAsync(Ct);
        var start = Db.Today.AddDays(20);
        Assert.Equal(
            [
                ("General onboarding", "Send contract", start.AddDays(-10), true),
                ("General onboarding", "Welcome", start, false),
                ("General onboarding", "30-day check-in", start.AddDays(30), false),
                ("IT equipment", "Order laptop", start.AddDays(-5), true),
            ],
            tasks.Select(t => (t.ChecklistName, t.Title, t.DueDate, t.RequiredBeforeStart)));
        Assert.All(tasks, t => Assert.Equal(OnboardingTaskState.Open, t.State));
        Assert.Equal(general.Tasks.Select(t => (Guid?)t.Id), tasks.Take(3).Select(t => t.TemplateTaskId));

        var audit = await db.AuditEvents.AsNoTracking().SingleAsync(e => e.Action == AuditActions.WorkerHired, Ct);
        Assert.Contains("\"onboardingTasks\":4", audit.After, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Hire_WhenATaskIsAlreadyPastDue_CreatesItAndTheListShowsItOverdue()
    {
        var general = await Db.ChecklistAsync("General onboarding", [new("Send contract", -10), new("Welcome", 0)]);

        var (_, hire) = await Db.HireWithChecklistsAsync(startInDays: 3, [general.Id]);

        Assert.Equal(2, hire.OnboardingTasks);
        var page = await Db.Get<OnboardingTaskQueries>().ListAsync(new PageRequest(), new OnboardingTaskFilter(Overdue: true), null, Ct);
        var overdue = Assert.Single(Assert.Single(page.Groups).Tasks);
        Assert.Equal(("Send contract", Db.Today.AddDays(-7), true), (overdue.Title, overdue.DueDate, overdue.Overdue));
    }

    [Fact]
    public async Task Hire_WithARetiredChecklist_IsRefusedAndStoresNothing()
    {
        var retired = await Db.ChecklistAsync("Old induction", [new("Watch the video", 0)], t => { t.RetiredAt = Db.Time.GetUtcNow(); return t; });
        var candidate = await Db.Given.CandidateAsync();
        var before = await Db.SnapshotAsync();

        var result = await Db.Get<HiringService>().HireAsync(TestData.HireRequestFor(candidate) with { ChecklistTemplateIds = [retired.Id] }, TestData.HrProfessional, Ct);

        Assert.Equal(ProblemKind.Invalid, result.Problem?.Kind);
        Assert.Equal(Db.Text["ChecklistRetired", "Old induction"].Value, result.Refused().Errors![nameof(HireNewWorker.ChecklistTemplateIds)].Single());
        Assert.Equal(before, await Db.SnapshotAsync());
    }

    [Fact]
    public async Task Hire_WithAnUnknownChecklist_IsRefusedAndStoresNothing()
    {
        var candidate = await Db.Given.CandidateAsync();
        var before = await Db.SnapshotAsync();

        var result = await Db.Get<HiringService>().HireAsync(TestData.HireRequestFor(candidate) with { ChecklistTemplateIds = [Guid.NewGuid()] }, TestData.HrProfessional, Ct);

        Assert.Equal(Db.Text["ChecklistNotFound"].Value, result.Problem?.Message);
        Assert.Equal(before, await Db.SnapshotAsync());
    }

    [Fact]
    public async Task Hire_WithTheSameChecklistTwice_IsRefusedByTheValidator()
    {
        var general = await Db.ChecklistAsync("General onboarding", [new("Welcome", 0)]);
        var candidate = await Db.Given.CandidateAsync();

        var result = await Db.Get<HiringService>().HireAsync(TestData.HireRequestFor(candidate) with { ChecklistTemplateIds = [general.Id, general.Id] }, TestData.HrProfessional, Ct);

        Assert.Equal(ProblemKind.Invalid, result.Problem?.Kind);
        Assert.True(result.Refused().Errors!.ContainsKey(nameof(HireNewWorker.ChecklistTemplateIds)));
    }

    [Fact]
    public async Task Hire_WhenStoringTheOnboardingTasksFails_StoresNothingAndGivesThePersonnelNumberBack()
    {
        var failing = new FailingCommands();
        await using var db = await TestDatabase.CreateAsync(configureServices: s => s.ConfigureDbContext<SqliteHireHubDbContext>(o => o.AddInterceptors(failing)));
        var general = await db.ChecklistAsync("General onboarding", [new("Send contract", -10), new("Welcome", 0)]);
        var candidate = await db.Given.CandidateAsync();
        var request = TestData.HireRequestFor(candidate) with { ChecklistTemplateIds = [general.Id], PositionId = (await db.Given.PositionAsync()).Id };
        var before = await db.SnapshotAsync();
        failing.FailNext("INSERT INTO \"OnboardingTasks\"", transient: false);

        Result<HireResult>? failed = null;
        try
        {
            failed = await db.Get<HiringService>().HireAsync(request, TestData.HrProfessional, Ct);
        }
        catch (DbUpdateException)
        {
        }

        Assert.Equal(1, failing.Failures);
        Assert.False(failed?.Succeeded ?? false, "The hire said it succeeded although its onboarding tasks could not be stored.");
        Assert.Equal(before, await db.SnapshotAsync());
        var retried = await db.Get<HiringService>().HireAsync(request, TestData.HrProfessional, Ct);
        Assert.Equal(("000001", 2), (retried.Value?.PersonnelNumber, retried.Value?.OnboardingTasks));
    }

    [Fact]
    public async Task Rehire_GetsTheChecklistsAgainOnTheNewEmployment_AndTheOldTasksStay()
    {
        var general = await Db.ChecklistAsync("General onboarding", [new("Send contract", -10), new("Welcome", 0)]);
        var (first, hire) = await Db.HireWithChecklistsAsync(startInDays: 5, [general.Id]);
        await using (var db = Db.CreateDbContext())
        {
            // The first engagement ran its course and ended.
            await db.Employments.Where(e => e.WorkerId == hire.WorkerId).ExecuteUpdateAsync(e => e.SetProperty(x => x.EndDate, Db.Today.AddDays(40)), Ct);
        }

        Db.Time.Advance(TimeSpan.FromDays(60));
        var again = await Db.Given.CandidateAsync(c => c with { FirstName = first.FirstName, LastName = first.LastName, Email = first.Email, Phone = first.Phone, StartInDays = 10 });
        var rehire = await Db.Get<HiringService>().HireAsync(
            TestData.HireRequestFor(again) with { DuplicateDecision = DuplicateDecision.Rehire, RehireWorkerId = hire.WorkerId, ChecklistTemplateIds = [general.Id] }, TestData.HrProfessional, Ct);

        Assert.True(rehire.Succeeded, rehire.Problem?.Message);
        await using var context = Db.CreateDbContext();
        var perEmployment = await context.OnboardingTasks.AsNoTracking().Where(t => t.Employment!.WorkerId == hire.WorkerId)
            .GroupBy(t => t.Employment!.StartDate).Select(g => new { Start = g.Key, Count = g.Count() }).OrderBy(g => g.Start).ToListAsync(Ct);
        Assert.Equal([(Db.Today.AddDays(-55), 2), (Db.Today.AddDays(10), 2)], perEmployment.Select(g => (g.Start, g.Count)));
    }
}
