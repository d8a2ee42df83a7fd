using HireHub.Core.Common;
using HireHub.Core.Domain;
using HireHub.Core.Features.Onboarding;
using HireHub.Tests.Support;
using Microsoft.EntityFrameworkCore;

namespace HireHub.Tests.Core.Onboarding;

/// <summary>Complete, skip and reopen: who and when are kept, every change is audited, a stale page is refused.</summary>
public sealed class OnboardingTaskActionsTests : DatabaseTest
{
    private OnboardingTaskActions Actions => Db.Get<OnboardingTaskActions>();

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    private async Task<OnboardingTask> OpenTaskAsync(string legalEntity = TestData.DefaultLegalEntityId)
    {
        var template = await Db.ChecklistAsync("General onboarding", [new("Send contract", -10)]);
        var (_, hire) = await Db.HireWithChecklistsAsync(startInDays: 20, [template.Id], r => r with { LegalEntityId = legalEntity });
        await using var db = Db.CreateDbContext();
        return await db.OnboardingTasks.AsNoTracking().SingleAsync(t => t.Employment!.WorkerId == hire.WorkerId, Ct);
    }

    private async Task<OnboardingTask> StoredAsync(Guid id)
    {
        await using var db = Db.CreateDbContext();
        return await db.OnboardingTasks.AsNoTracking().SingleAsync(t => t.Id == id, Ct);
    }

    [Fact]
    public async Task Complete_RecordsWhoWhenAndTheComment_AndAuditsIt()
    {
        var task = await OpenTaskAsync();
        Db.Time.Advance(TimeSpan.FromHours(2));

        var result = await Actions.CompleteAsync(new ActOnOnboardingTask(task.Id, task.Version, "  Signed by email. "), TestData.HrProfessional, Ct);

        Assert.Equal(OnboardingTaskState.Done, result.Value);
        var stored = await StoredAsync(task.Id);
        Assert.Equal((OnboardingTaskState.Done, "Alex Doe", Db.Time.GetUtcNow(), "Signed by email."), (stored.State, stored.ActedBy, stored.ActedAt, stored.Comment));
        Assert.NotEqual(task.Version, stored.Version);
        await using var db = Db.CreateDbContext();
        Assert.Equal(1, await db.AuditEvents.CountAsync(e => e.Action == OnboardingAuditActions.TaskCompleted && e.EntityId == task.Id.ToString(), Ct));
    }

    [Fact]
    public async Task Skip_ThenReopen_BringsTheTaskBackOpenWithoutWhoAndWhen_AndAuditsBoth()
    {
        var task = await OpenTaskAsync();
        var skipped = await Actions.SkipAsync(new ActOnOnboardingTask(task.Id, task.Version, "Contract signed at the interview."), TestData.HrProfessional, Ct);
        Assert.Equal(OnboardingTaskState.Skipped, skipped.Value);

        var reopened = await Actions.ReopenAsync(new ActOnOnboardingTask(task.Id, (await StoredAsync(task.Id)).Version), TestData.OtherHrProfessional, Ct);

        Assert.Equal(OnboardingTaskState.Open, reopened.Value);
        var stored = await StoredAsync(task.Id);
        Assert.Equal((OnboardingTaskState.Open, (string?)null, (DateTimeOffset?)null), (stored.State, stored.ActedBy, stored.ActedAt));
        await using var db = Db.CreateDbContext();
        Assert.Equal(
            [OnboardingAuditActions.TaskSkipped, OnboardingAuditActions.TaskReopened],
            await db.AuditEvents.Where(e => e.EntityId == task.Id.ToString()).OrderBy(e => e.Id).Select(e => e.Action).ToListAsync(Ct));
    }

    [Fact]
    public async Task Complete_BasedOnAStaleRead_IsRefusedAndChangesNothing()
    {
        var task = await OpenTaskAsync();
        Assert.True((await Actions.SkipAsync(new ActOnOnboardingTask(task.Id, task.Version), TestData.OtherHrProfessional, Ct)).Succeeded);

        var result = await Actions.CompleteAsync(new ActOnOnboardingTask(task.Id, task.Version), TestData.HrProfessional, Ct);

        Assert.Equal(Db.Text["ChangedBySomeoneElse"].Value, result.Problem?.Message);
        Assert.Equal((OnboardingTaskState.Skipped, "Sam Lee"), ((await StoredAsync(task.Id)).State, (await StoredAsync(task.Id)).ActedBy));
    }

    [Fact]
    public async Task Complete_AClosedTask_AsksToReopenItFirst()
    {
        var task = await OpenTaskAsync();
        await Actions.CompleteAsync(new ActOnOnboardingTask(task.Id, task.Version), TestData.HrProfessional, Ct);

        var again = await Actions.SkipAsync(new ActOnOnboardingTask(task.Id, (await StoredAsync(task.Id)).Version), TestData.HrProfessional, Ct);

        Assert.Equal((ProblemKind.Conflict, Db.Text["TaskAlreadyClosed"].Value), (again.Problem?.Kind, again.Problem?.Message));
    }

    [Fact]
    public async Task Complete_ByAnHrPersonWhoDoesNotWorkForTheTasksLegalEntity_IsNotFound()
    {
        await Db.Given.LegalEntityAsync("USRT");
        var task = await OpenTaskAsync("USRT");
        await Db.InsertAsync(new HireHubPerson { Id = "marcus.lee", Name = "Marcus Lee", Roles = "HR", LegalEntityIds = "USMF" });

        var result = await Actions.CompleteAsync(new ActOnOnboardingTask(task.Id, task.Version), new Actor("marcus.lee", "Marcus Lee"), Ct);

        Assert.Equal(ProblemKind.NotFound, result.Problem?.Kind);
        Assert.Equal(OnboardingTaskState.Open, (await StoredAsync(task.Id)).State);
    }

    [Fact]
    public async Task Complete_WithACommentTooLong_IsRefusedByTheValidator()
    {
        var task = await OpenTaskAsync();

        var result = await Actions.CompleteAsync(new ActOnOnboardingTask(task.Id, task.Version, new string('x', OnboardingTask.CommentMaxLength + 1)), TestData.HrProfessional, Ct);

        Assert.Equal(ProblemKind.Invalid, result.Problem?.Kind);
        Assert.Equal(OnboardingTaskState.Open, (await StoredAsync(task.Id)).State);
    }
}
