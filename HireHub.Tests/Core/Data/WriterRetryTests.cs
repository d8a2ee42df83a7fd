using HireHub.Core.Common;
using HireHub.Core.Data;
using HireHub.Core.Domain;
using HireHub.Core.Features.Administration;
using HireHub.Core.Features.Audit;
using HireHub.Core.Features.Candidates;
using HireHub.Core.Features.Exports;
using HireHub.Core.Features.Hiring;
using HireHub.Core.Features.Onboarding;
using HireHub.Core.Features.Privacy;
using HireHub.Core.Features.Workers;
using HireHub.Tests.Core.Exports;
using HireHub.Tests.Core.Onboarding;
using HireHub.Tests.Support;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace HireHub.Tests.Core.Data;

/// <summary>
/// Every writer runs as one unit inside the execution strategy (<see cref="DatabaseWrites"/>). The store fails the
/// writer's audit insert, after its other statements ran: a transient failure (SQLite's locked file, which the app's
/// strategy retries as SQL Server's retries a dropped connection) replays the whole unit, which lands exactly once; a
/// permanent one leaves nothing behind, neither the change nor its audit. A writer that opened its transaction outside
/// the strategy fails every test of it (the strategy refuses), and one with no transaction leaves the change without
/// its audit here.
/// </summary>
public sealed class WriterRetryTests
{
    private const string AuditInsert = "INSERT INTO \"AuditEvents\"";
    private static readonly Actor Admin = new("sam.okoye", "Sam Okoye");

    /// <summary>Each writer: what it needs first, then the write itself, true when it says it succeeded.</summary>
    private static readonly Dictionary<string, (string Action, Func<TestDatabase, Task<Func<Task<bool>>>> Arrange)> Writers = new()
    {
        ["export"] = (AuditActions.CandidateExported, async db =>
        {
            var connection = await db.Given.DefaultConnectionAsync();
            var source = new ExportSource(connection.Id, connection.DefaultPhoneRegion, new Actor(Guid.NewGuid().ToString(), "Contoso Careers ATS"));
            return async () => (await db.Get<ExportService>().ExportAsync(source, Exported.Candidate("LI-RETRY"), "key-1", Ct)).Succeeded;
        }),
        ["hire"] = (AuditActions.WorkerHired, async db =>
        {
            var request = TestData.HireRequestFor(await db.Given.CandidateAsync()) with { PositionId = (await db.Given.PositionAsync()).Id };
            return async () => (await db.Get<HiringService>().HireAsync(request, TestData.HrProfessional, Ct)).Succeeded;
        }),
        ["hire with checklists"] = (AuditActions.WorkerHired, async db =>
        {
            var checklist = await db.ChecklistAsync("General onboarding", [new("Send contract", -10), new("Welcome", 0)]);
            var request = TestData.HireRequestFor(await db.Given.CandidateAsync()) with { ChecklistTemplateIds = [checklist.Id] };
            return async () => (await db.Get<HiringService>().HireAsync(request, TestData.HrProfessional, Ct)).Succeeded;
        }),
        ["hire dismissed"] = (AuditActions.HireDismissed, async db =>
        {
            var checklist = await db.ChecklistAsync("General onboarding", [new("Welcome", 0)]);
            var (_, hire) = await db.HireWithChecklistsAsync(startInDays: 5, [checklist.Id]);
            var option = (await db.Get<HireDismissalService>().FindAsync(hire.PersonnelNumber, Ct))!;
            var request = new DismissAfterHire { WorkerId = option.WorkerId, WorkerVersion = option.WorkerVersion, EmploymentId = option.EmploymentId, ReasonCode = HireDismissalReasons.NoShow, Comment = "Did not turn up." };
            return async () => (await db.Get<HireDismissalService>().DismissAsync(request, TestData.HrProfessional, Ct)).Succeeded;
        }),
        ["checklist template"] = (OnboardingAuditActions.TemplateSaved, db => Task.FromResult<Func<Task<bool>>>(async () =>
            (await db.Get<ChecklistTemplateService>().SaveAsync(new SaveChecklistTemplate { Name = "IT equipment", Tasks = [new() { Title = "Order laptop", Owner = OnboardingOwner.It, DueOffsetDays = -10 }] }, Admin, Ct)).Succeeded)),
        ["checklist retired"] = (OnboardingAuditActions.TemplateRetired, async db =>
        {
            var checklist = await db.ChecklistAsync("Old induction", [new("Watch the video", 0)]);
            return async () => (await db.Get<ChecklistTemplateService>().RetireAsync(checklist.Id, checklist.Version, Admin, Ct)).Succeeded;
        }),
        ["onboarding task completed"] = (OnboardingAuditActions.TaskCompleted, async db =>
        {
            var checklist = await db.ChecklistAsync("General onboarding", [new("Welcome", 0)]);
            await db.HireWithChecklistsAsync(startInDays: 5, [checklist.Id]);
            await using var context = db.CreateDbContext();
            var task = await context.OnboardingTasks.AsNoTracking().SingleAsync(Ct);
            return async () => (await db.Get<OnboardingTaskActions>().CompleteAsync(new ActOnOnboardingTask(task.Id, task.Version, "Done on day one."), TestData.HrProfessional, Ct)).Succeeded;
        }),
        ["do not hire"] = (AuditActions.CandidateNotHired, async db =>
        {
            var request = new DoNotHire { CandidateId = (await db.Given.CandidateAsync()).Id, ReasonCode = NotHiredReasons.DeclinedOffer, Comment = "Took another offer." };
            return async () => (await db.Get<CandidateDecisionService>().DoNotHireAsync(request, TestData.HrProfessional, Ct)).Succeeded;
        }),
        ["dismiss"] = (AuditActions.CandidateDismissed, async db =>
        {
            var candidate = await db.Given.CandidateAsync();
            return async () => (await db.Get<CandidateDecisionService>().DismissAsync(candidate.Id, TestData.HrProfessional, Ct)).Succeeded;
        }),
        ["retention flag"] = (RetentionSweep.RetentionFlagged, async db =>
        {
            await db.Given.CandidateAsync();
            db.Time.Advance(TimeSpan.FromDays(91));
            return async () => (await db.Get<RetentionSweep>().RunAsync(Ct)).Flagged == 1;
        }),
        ["erasure"] = (CandidateAnonymiser.Tombstone, async db =>
        {
            var candidate = await db.Given.CandidateAsync();
            return async () => (await db.Get<SubjectRightsService>().EraseCandidateAsync(candidate.Id, Admin, Ct)).Succeeded;
        }),
        ["legal hold"] = (LegalHoldService.LegalHoldSet, async db =>
        {
            var request = new ChangeLegalHold { CandidateId = (await db.Given.CandidateAsync()).Id, Hold = true, Reason = "Employment tribunal claim." };
            return async () => (await db.Get<LegalHoldService>().ChangeAsync(request, Admin, Ct)).Succeeded;
        }),
        ["security role"] = (AdminAuditActions.SecurityRoleSaved, db => Task.FromResult<Func<Task<bool>>>(async () =>
            (await db.Get<SecurityRoleAdministration>().SaveAsync(new SaveSecurityRole(null, "ATS writer", SecurityPrivileges.WriteExportedCandidates), Admin, Ct)).Succeeded)),
        ["table disabled"] = (AdminAuditActions.TableDisabled, async db =>
        {
            var tables = db.Get<TableAdministration>();
            var state = await tables.StateAsync(Ct);
            return async () => (await tables.DisableAsync(state.Version, Admin, Ct)).Succeeded;
        }),
        ["worker contact"] = (AuditActions.WorkerContactChanged, async db =>
        {
            var worker = await db.Given.WorkerAsync();
            var request = new ChangeWorkerContact { PersonnelNumber = worker.PersonnelNumber, Email = "corrected@example.com", Phone = "+14255550123", Version = worker.Version };
            return async () => (await db.Get<WorkerEditService>().ChangeContactAsync(request, TestData.HrProfessional, Ct)).Succeeded;
        }),
        ["employment start"] = (AuditActions.EmploymentStartChanged, async db =>
        {
            var worker = await db.Given.WorkerAsync(w => w with { EmploymentStartInDays = 10 });
            var employment = worker.Employments.Single();
            var request = new ChangeEmploymentStart { PersonnelNumber = worker.PersonnelNumber, EmploymentId = employment.Id, StartDate = db.Today.AddDays(17), Version = employment.Version };
            return async () => (await db.Get<WorkerEditService>().ChangeStartDateAsync(request, TestData.HrProfessional, Ct)).Succeeded;
        }),
        ["connection unlinked"] = (AdminAuditActions.ConnectionUnlinked, async db =>
        {
            var connection = (await db.Get<ConnectionAdministration>().ListAsync(Ct)).Single(c => c.Name == ReferenceData.LinkedInConnectionName);
            return async () => (await db.Get<ConnectionAdministration>().UnlinkAsync(connection.Id, connection.Version, Admin, Ct)).Succeeded;
        }),
    };

    public static TheoryData<string> WriterNames => [.. Writers.Keys];

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Theory]
    [MemberData(nameof(WriterNames))]
    public async Task TransientFailureMidWrite_IsRetriedAsAWhole_AndTheWriteLandsOnce(string writer)
    {
        var failing = new FailingCommands();
        await using var db = await DatabaseAsync(failing);
        var (action, arrange) = Writers[writer];
        var write = await arrange(db);
        failing.FailNext(AuditInsert, transient: true);

        Assert.True(await write(), $"The {writer} failed after a transient failure the strategy should have retried.");

        Assert.Equal(1, failing.Failures);
        Assert.Equal(1, await CountAsync(db, c => c.AuditEvents.CountAsync(e => e.Action == action, Ct)));
    }

    [Theory]
    [MemberData(nameof(WriterNames))]
    public async Task PermanentFailureMidWrite_LeavesNothingBehind(string writer)
    {
        var failing = new FailingCommands();
        await using var db = await DatabaseAsync(failing);
        var (_, arrange) = Writers[writer];
        var write = await arrange(db);
        var before = await db.SnapshotAsync();
        failing.FailNext(AuditInsert, transient: false);

        var succeeded = false;
        try
        {
            succeeded = await write();
        }
        catch (DbUpdateException)
        {
        }
        catch (Microsoft.Data.Sqlite.SqliteException)
        {
        }

        Assert.Equal(1, failing.Failures);
        Assert.False(succeeded, $"The {writer} said it succeeded although its audit could not be written.");
        Assert.Equal(before, await db.SnapshotAsync());
        Assert.Equal(0, await CountAsync(db, c => c.ExportedCandidates.CountAsync(x => x.RetentionFlaggedAt != null || x.LegalHold || x.AnonymisedAt != null, Ct)));
    }

    private static async Task<int> CountAsync(TestDatabase database, Func<HireHubDbContext, Task<int>> count)
    {
        await using var context = database.CreateDbContext();
        return await count(context);
    }

    private static Task<TestDatabase> DatabaseAsync(FailingCommands failing) =>
        TestDatabase.CreateAsync(configureServices: services => services.ConfigureDbContext<SqliteHireHubDbContext>(o => o.AddInterceptors(failing)));
}
