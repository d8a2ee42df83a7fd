using HireHub.Core.Data;
using HireHub.Core.Domain;
using HireHub.Core.Features.Onboarding;
using HireHub.Tests.Support;
using Microsoft.EntityFrameworkCore;

namespace HireHub.Tests.Core.Onboarding;

/// <summary>A new employment start date moves the open tasks' due dates by their own offsets, inside the caller's transaction.</summary>
public sealed class MoveDueDatesTests : DatabaseTest
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task MoveDueDates_MovesOpenTasksAcrossMonthEnds_AndLeavesDoneTasksAsTheyWere()
    {
        var general = await Db.ChecklistAsync("General onboarding", [new("Send contract", -10), new("Order laptop", -5), new("30-day check-in", 30)]);
        var (_, hire) = await Db.HireWithChecklistsAsync(startInDays: 20, [general.Id]);
        Guid employmentId;
        await using (var db = Db.CreateDbContext())
        {
            var contract = await db.OnboardingTasks.SingleAsync(t => t.Title == "Send contract", Ct);
            employmentId = contract.EmploymentId;
            var done = await Db.Get<OnboardingTaskActions>().CompleteAsync(new ActOnOnboardingTask(contract.Id, contract.Version), TestData.HrProfessional, Ct);
            Assert.True(done.Succeeded);
        }

        var newStart = new DateOnly(2027, 4, 2);
        var moved = await Db.Get<Microsoft.EntityFrameworkCore.IDbContextFactory<HireHubDbContext>>().WriteAsync(
            async (db, ct) => await OnboardingTasks.MoveDueDatesAsync(db, employmentId, newStart, ct), _ => true, Ct);

        Assert.Equal(2, moved);
        await using var context = Db.CreateDbContext();
        var tasks = await context.OnboardingTasks.AsNoTracking().OrderBy(t => t.Order).ToListAsync(Ct);
        Assert.Equal(
            [
                ("Send contract", Db.Today.AddDays(10)),
                ("Order laptop", new DateOnly(2027, 3, 28)),
                ("30-day check-in", new DateOnly(2027, 5, 2)),
            ],
            tasks.Select(t => (t.Title, t.DueDate)));
    }

    [Fact]
    public async Task MoveDueDates_SavesNothingItself_TheCallersUnitOfWorkDoes()
    {
        var general = await Db.ChecklistAsync("General onboarding", [new("Welcome", 0)]);
        await Db.HireWithChecklistsAsync(startInDays: 20, [general.Id]);
        await using var db = Db.CreateDbContext();
        var task = await db.OnboardingTasks.AsNoTracking().SingleAsync(Ct);

        await OnboardingTasks.MoveDueDatesAsync(db, task.EmploymentId, Db.Today.AddDays(40), Ct);

        await using var other = Db.CreateDbContext();
        Assert.Equal(Db.Today.AddDays(20), (await other.OnboardingTasks.AsNoTracking().SingleAsync(Ct)).DueDate);
    }

    [Fact]
    public async Task HrMovingAStartDate_MovesTheOpenTasksWithIt()
    {
        var general = await Db.ChecklistAsync("General onboarding", [new("Order laptop", -5), new("Welcome", 0)]);
        await Db.HireWithChecklistsAsync(startInDays: 20, [general.Id]);
        Employment employment;
        await using (var db = Db.CreateDbContext())
        {
            employment = await db.Employments.AsNoTracking().Include(e => e.Worker).SingleAsync(Ct);
        }

        var move = new HireHub.Core.Features.Workers.ChangeEmploymentStart
        {
            PersonnelNumber = employment.Worker!.PersonnelNumber, EmploymentId = employment.Id, StartDate = Db.Today.AddDays(30), Version = employment.Version,
        };
        var moved = await Db.Get<HireHub.Core.Features.Workers.WorkerEditService>().ChangeStartDateAsync(move, TestData.HrProfessional, Ct);

        Assert.True(moved.Succeeded, moved.Problem?.Message);
        await using var context = Db.CreateDbContext();
        var tasks = await context.OnboardingTasks.AsNoTracking().OrderBy(t => t.Order).ToListAsync(Ct);
        Assert.Equal([Db.Today.AddDays(25), Db.Today.AddDays(30)], tasks.Select(t => t.DueDate));
    }
}
