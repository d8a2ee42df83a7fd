using HireHub.Core.Common;
using HireHub.Core.Domain;
using HireHub.Core.Features.Audit;
using HireHub.Core.Features.Exports;
using HireHub.Core.Features.Hiring;
using HireHub.Core.Features.Onboarding;
using HireHub.Core.Features.Workers;
using HireHub.Tests.Core.Onboarding;
using HireHub.Tests.Support;
using Microsoft.EntityFrameworkCore;

namespace HireHub.Tests.Core.Hiring;

/// <summary>Dismiss after a hire (no-show, offer declined): one transaction that undoes the hire but keeps its history.</summary>
public sealed class HireDismissalTests : DatabaseTest
{
    private HireDismissalService Dismissals => Db.Get<HireDismissalService>();

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    private async Task<(ExportedCandidate Candidate, HireResult Hire, Position Position)> HireWithPositionAsync(int startInDays)
    {
        var general = await Db.ChecklistAsync("General onboarding", [new("Send contract", -10), new("Order laptop", -5, OnboardingOwner.It), new("Welcome", 0)]);
        var position = await Db.Given.PositionAsync();
        var (candidate, hire) = await Db.HireWithChecklistsAsync(startInDays, [general.Id], r => r with { PositionId = position.Id, AssignmentStartDate = r.StartDate });
        return (candidate, hire, position);
    }

    private async Task<Result<HireDismissed>> DismissAsync(string personnelNumber, string reason = HireDismissalReasons.NoShow, Actor? actor = null)
    {
        var option = (await Dismissals.FindAsync(personnelNumber, Ct))!;
        return await Dismissals.DismissAsync(
            new DismissAfterHire { WorkerId = option.WorkerId, WorkerVersion = option.WorkerVersion, EmploymentId = option.EmploymentId, ReasonCode = reason, Comment = "Did not turn up on day one." },
            actor ?? TestData.HrProfessional, Ct);
    }

    [Fact]
    public async Task Dismiss_BeforeTheStart_EndsTheEmploymentVacatesThePositionCancelsOpenTasksAndMarksTheCandidateDismissed()
    {
        var (candidate, hire, position) = await HireWithPositionAsync(startInDays: 10);
        await using (var db = Db.CreateDbContext())
        {
            var contract = await db.OnboardingTasks.AsNoTracking().SingleAsync(t => t.Title == "Send contract", Ct);
            Assert.True((await Db.Get<OnboardingTaskActions>().CompleteAsync(new ActOnOnboardingTask(contract.Id, contract.Version), TestData.HrProfessional, Ct)).Succeeded);
        }

        Assert.DoesNotContain(position.Id, (await Db.Get<HiringService>().FindVacantPositionsAsync(TestData.DefaultLegalEntityId, null, Ct)).Select(p => p.Id));
        Db.Time.Advance(TimeSpan.FromHours(3));

        var result = await DismissAsync(hire.PersonnelNumber);

        Assert.True(result.Succeeded, result.Problem?.Message);
        Assert.Equal(new HireDismissed(hire.PersonnelNumber, hire.WorkerName, position.PositionNumber, 2), result.Value);
        await using var context = Db.CreateDbContext();
        var start = Db.Today.AddDays(10);
        var employment = await context.Employments.AsNoTracking().SingleAsync(e => e.WorkerId == hire.WorkerId, Ct);
        Assert.Equal((start.AddDays(-1), Db.Time.GetUtcNow(), HireDismissalReasons.NoShow), (employment.EndDate, employment.DismissedAt, employment.DismissalReason));
        Assert.Equal(start.AddDays(-1), (await context.PositionAssignments.AsNoTracking().SingleAsync(a => a.WorkerId == hire.WorkerId, Ct)).EndDate);
        Assert.Contains(position.Id, (await Db.Get<HiringService>().FindVacantPositionsAsync(TestData.DefaultLegalEntityId, null, Ct)).Select(p => p.Id));
        Assert.Equal(
            [("Send contract", OnboardingTaskState.Done), ("Order laptop", OnboardingTaskState.Cancelled), ("Welcome", OnboardingTaskState.Cancelled)],
            await context.OnboardingTasks.AsNoTracking().OrderBy(t => t.Order).Select(t => ValueTuple.Create(t.Title, t.State)).ToListAsync(Ct));
        var stored = await context.ExportedCandidates.AsNoTracking().SingleAsync(c => c.Id == candidate.Id, Ct);
        Assert.Equal((CandidateStatus.Dismissed, HireDismissalReasons.NoShow, "Did not turn up on day one.", "Alex Doe"), (stored.Status, stored.ReasonCode, stored.Comment, stored.ActedBy));
        var audit = await context.AuditEvents.AsNoTracking().SingleAsync(e => e.Action == AuditActions.HireDismissed, Ct);
        Assert.Equal((nameof(ExportedCandidate), candidate.Id.ToString(), "Alex Doe"), (audit.EntityType, audit.EntityId, audit.Actor));
        // The worker's row and number stay: nobody else is ever given 000001.
        Assert.True(await context.Workers.AnyAsync(w => w.PersonnelNumber == hire.PersonnelNumber, Ct));
    }

    [Fact]
    public async Task Dismiss_TakesTheWorkerOffStartingSoonAndRecentHires_TellsTheAtsDismissed_AndTheNextHireGetsTheNextNumber()
    {
        var (candidate, hire, _) = await HireWithPositionAsync(startInDays: 5);
        var workers = Db.Get<WorkerQueries>();
        Assert.Contains(hire.PersonnelNumber, (await workers.StartingSoonAsync(ct: Ct)).Select(s => s.PersonnelNumber));

        Assert.True((await DismissAsync(hire.PersonnelNumber, HireDismissalReasons.OfferDeclined)).Succeeded);

        Assert.DoesNotContain(hire.PersonnelNumber, (await workers.StartingSoonAsync(ct: Ct)).Select(s => s.PersonnelNumber));
        Assert.DoesNotContain(hire.PersonnelNumber, (await workers.RecentHiresAsync(ct: Ct)).Select(s => s.PersonnelNumber));
        var asTheAtsSeesIt = await Db.Get<ExportQueries>().FindAsync(candidate.ConnectionId, candidate.Id, Ct);
        Assert.Equal(CandidateStatus.Dismissed, asTheAtsSeesIt!.Status);
        var next = await Db.HireWithChecklistsAsync(startInDays: 12, []);
        Assert.Equal("000002", next.Hire.PersonnelNumber);
    }

    [Theory]
    [InlineData(0)]
    [InlineData(14)]
    public async Task Dismiss_UpToFourteenDaysAfterTheStart_IsAllowed(int daysSinceStart)
    {
        var (_, hire, _) = await HireWithPositionAsync(startInDays: 2);
        Db.Time.Advance(TimeSpan.FromDays(2 + daysSinceStart));

        var result = await DismissAsync(hire.PersonnelNumber);

        Assert.True(result.Succeeded, result.Problem?.Message);
    }

    [Fact]
    public async Task Dismiss_FifteenDaysAfterTheStart_IsRefusedSayingWhyAndChangesNothing()
    {
        var (_, hire, _) = await HireWithPositionAsync(startInDays: 2);
        Db.Time.Advance(TimeSpan.FromDays(17));
        var option = await Dismissals.FindAsync(hire.PersonnelNumber, Ct);
        Assert.False(option!.CanDismiss(Db.Today));
        var before = await Db.SnapshotAsync();

        var result = await DismissAsync(hire.PersonnelNumber);

        Assert.Equal(ProblemKind.Conflict, result.Problem?.Kind);
        Assert.Equal(Db.Text["DismissWindowPassed", Db.Today.AddDays(-15).ToString("d", System.Globalization.CultureInfo.CurrentCulture), 14].Value, result.Refused().Message);
        Assert.Equal(before, await Db.SnapshotAsync());
    }

    [Fact]
    public async Task Dismiss_WhenSomeoneChangedTheWorkerMeanwhile_IsRefusedAndChangesNothing()
    {
        var (_, hire, _) = await HireWithPositionAsync(startInDays: 5);
        var option = (await Dismissals.FindAsync(hire.PersonnelNumber, Ct))!;
        await using (var db = Db.CreateDbContext())
        {
            var worker = await db.Workers.SingleAsync(w => w.Id == hire.WorkerId, Ct);
            worker.Phone = "+14255550999";
            await db.SaveChangesAsync(Ct);
        }

        var before = await Db.SnapshotAsync();
        var result = await Dismissals.DismissAsync(
            new DismissAfterHire { WorkerId = option.WorkerId, WorkerVersion = option.WorkerVersion, EmploymentId = option.EmploymentId, ReasonCode = HireDismissalReasons.NoShow, Comment = "No-show." },
            TestData.HrProfessional, Ct);

        Assert.Equal((ProblemKind.Conflict, Db.Text["WorkerChangedMeanwhile"].Value), (result.Problem?.Kind, result.Problem?.Message));
        Assert.Equal(before, await Db.SnapshotAsync());
    }

    [Fact]
    public async Task Dismiss_TwoPeopleAtOnce_OneDismissesAndTheOtherIsRefused()
    {
        var (_, hire, _) = await HireWithPositionAsync(startInDays: 5);
        var option = (await Dismissals.FindAsync(hire.PersonnelNumber, Ct))!;
        var request = new DismissAfterHire { WorkerId = option.WorkerId, WorkerVersion = option.WorkerVersion, EmploymentId = option.EmploymentId, ReasonCode = HireDismissalReasons.NoShow, Comment = "No-show." };

        var results = await Concurrently.RunAsync(2, i => Dismissals.DismissAsync(request, i == 0 ? TestData.HrProfessional : TestData.OtherHrProfessional, Ct));

        Assert.Single(results, r => r.Succeeded);
        Assert.Single(results, r => r.Problem?.Kind == ProblemKind.Conflict);
        await using var db = Db.CreateDbContext();
        Assert.Equal(1, await db.AuditEvents.CountAsync(e => e.Action == AuditActions.HireDismissed, Ct));
    }

    [Fact]
    public async Task Dismiss_WhenTheWorkerHasALaterEmployment_IsRefused()
    {
        var (_, hire, _) = await HireWithPositionAsync(startInDays: 5);
        var option = (await Dismissals.FindAsync(hire.PersonnelNumber, Ct))!;
        await Db.InsertAsync(new Employment { WorkerId = hire.WorkerId, LegalEntityId = TestData.DefaultLegalEntityId, StartDate = Db.Today.AddDays(40), CreatedAt = Db.Time.GetUtcNow() });

        var result = await Dismissals.DismissAsync(
            new DismissAfterHire { WorkerId = option.WorkerId, WorkerVersion = option.WorkerVersion, EmploymentId = option.EmploymentId, ReasonCode = HireDismissalReasons.Other, Comment = "Changed plans." },
            TestData.HrProfessional, Ct);

        Assert.Equal(Db.Text["DismissLaterEmployment", Db.Today.AddDays(40).ToString("d", System.Globalization.CultureInfo.CurrentCulture)].Value, result.Problem?.Message);
    }

    [Fact]
    public async Task Dismiss_AgainAfterADismissal_SaysItWasDismissedAlready()
    {
        var (_, hire, _) = await HireWithPositionAsync(startInDays: 5);
        Assert.True((await DismissAsync(hire.PersonnelNumber)).Succeeded);

        var again = await DismissAsync(hire.PersonnelNumber);

        Assert.Equal(Db.Text["HireAlreadyDismissed"].Value, again.Problem?.Message);
        Assert.False((await Dismissals.FindAsync(hire.PersonnelNumber, Ct))!.CanDismiss(Db.Today));
    }

    [Fact]
    public async Task Dismiss_AWorkerNotHiredFromACandidate_IsNotOfferedAndIsRefused()
    {
        var worker = await Db.Given.WorkerAsync(w => w with { EmploymentStartInDays = 3 });
        await using var db = Db.CreateDbContext();
        var employment = await db.Employments.AsNoTracking().SingleAsync(e => e.WorkerId == worker.Id, Ct);

        Assert.Null(await Dismissals.FindAsync(worker.PersonnelNumber, Ct));
        var result = await Dismissals.DismissAsync(
            new DismissAfterHire { WorkerId = worker.Id, WorkerVersion = worker.Version, EmploymentId = employment.Id, ReasonCode = HireDismissalReasons.NoShow, Comment = "No-show." },
            TestData.HrProfessional, Ct);
        Assert.Equal(Db.Text["DismissNotFromCandidate"].Value, result.Problem?.Message);
    }

    [Fact]
    public async Task Dismiss_WithoutAReasonOrComment_IsRefusedByTheValidator()
    {
        var (_, hire, _) = await HireWithPositionAsync(startInDays: 5);
        var option = (await Dismissals.FindAsync(hire.PersonnelNumber, Ct))!;

        var result = await Dismissals.DismissAsync(new DismissAfterHire { WorkerId = option.WorkerId, WorkerVersion = option.WorkerVersion, EmploymentId = option.EmploymentId, ReasonCode = "Bored" }, TestData.HrProfessional, Ct);

        Assert.Equal(ProblemKind.Invalid, result.Problem?.Kind);
        Assert.Equal([nameof(DismissAfterHire.Comment), nameof(DismissAfterHire.ReasonCode)], result.Refused().Errors!.Keys.Order());
    }
}
