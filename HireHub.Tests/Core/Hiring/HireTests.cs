using HireHub.Core.Common;
using HireHub.Core.Domain;
using HireHub.Core.Features.Audit;
using HireHub.Core.Features.Candidates;
using HireHub.Core.Features.Hiring;
using HireHub.Tests.Support;
using Microsoft.EntityFrameworkCore;

namespace HireHub.Tests.Core.Hiring;

public sealed class HireTests : DatabaseTest
{
    private HiringService Hiring => Db.Get<HiringService>();

    [Fact]
    public async Task Hire_PreparedFromCandidate_CreatesWorkerWithEmploymentFromTheRequest()
    {
        var candidate = await Db.Given.CandidateAsync(c => c with
        {
            FirstName = "Bianca",
            MiddleName = "Maria",
            LastName = "Lopes",
            Email = "Bianca.Lopes@Example.COM",
            Phone = "(425) 555-0132",
            StartInDays = 28,
        });
        var draft = (await Hiring.PrepareAsync(candidate.Id, TestContext.Current.CancellationToken)).Ok();

        var result = await Hiring.HireAsync(draft.Request, TestData.HrProfessional, TestContext.Current.CancellationToken);

        Assert.True(result.Succeeded, result.Problem?.Message);
        Assert.Equal(new HireResult(result.Value.WorkerId, "000001", "Bianca Maria Lopes", Rehired: false), result.Value);
        await using var db = Db.CreateDbContext();
        var worker = await db.Workers.Include(w => w.Employments).Include(w => w.PositionAssignments)
            .SingleAsync(w => w.Id == result.Value.WorkerId, TestContext.Current.CancellationToken);
        Assert.Equal("000001", worker.PersonnelNumber);
        Assert.Equal(("Bianca", "Maria", "Lopes"), (worker.FirstName, worker.MiddleName, worker.LastName));
        Assert.Equal("bianca.lopes@example.com", worker.Email);
        Assert.Equal("+14255550132", worker.Phone);
        Assert.Equal(WorkerType.Employee, worker.WorkerType);
        Assert.Equal(Db.Time.GetUtcNow(), worker.CreatedAt);
        var employment = Assert.Single(worker.Employments);
        Assert.Equal(TestData.DefaultLegalEntityId, employment.LegalEntityId);
        Assert.Equal(Db.Today.AddDays(28), employment.StartDate);
        Assert.Null(employment.EndDate);
        Assert.Equal(Db.Time.GetUtcNow(), employment.CreatedAt);
        Assert.Empty(worker.PositionAssignments);
    }

    [Fact]
    public async Task Hire_WhenSucceeded_MarksCandidateHiredByTheActorNow()
    {
        var candidate = await Db.Given.CandidateAsync();
        Db.Time.Advance(TimeSpan.FromMinutes(42));

        var result = await Hiring.HireAsync(TestData.HireRequestFor(candidate), TestData.HrProfessional, TestContext.Current.CancellationToken);

        Assert.True(result.Succeeded, result.Problem?.Message);
        await using var db = Db.CreateDbContext();
        var stored = await db.ExportedCandidates.AsNoTracking().SingleAsync(c => c.Id == candidate.Id, TestContext.Current.CancellationToken);
        Assert.Equal(CandidateStatus.Hired, stored.Status);
        Assert.Equal(result.Value.WorkerId, stored.WorkerId);
        Assert.Equal(TestData.HrProfessional.DisplayName, stored.ActedBy);
        Assert.Equal(Db.Time.GetUtcNow(), stored.ActedAt);
        Assert.NotEqual(candidate.Version, stored.Version);
    }

    [Fact]
    public async Task Hire_WhenSucceeded_RecordsOneAuditEvent()
    {
        var candidate = await Db.Given.CandidateAsync();

        var result = await Hiring.HireAsync(TestData.HireRequestFor(candidate), TestData.HrProfessional, TestContext.Current.CancellationToken);

        Assert.True(result.Succeeded, result.Problem?.Message);
        await using var db = Db.CreateDbContext();
        var audit = await db.AuditEvents.AsNoTracking().SingleAsync(TestContext.Current.CancellationToken);
        Assert.Equal(AuditActions.WorkerHired, audit.Action);
        Assert.Equal(nameof(ExportedCandidate), audit.EntityType);
        Assert.Equal(candidate.Id.ToString(), audit.EntityId);
        Assert.Equal(TestData.HrProfessional.DisplayName, audit.Actor);
        Assert.Equal(Db.Time.GetUtcNow(), audit.OccurredAt);
        Assert.Contains("\"status\":", audit.Before, StringComparison.Ordinal);
        Assert.Contains("\"personnelNumber\":\"000001\"", audit.After, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Hire_AsContractor_StoresTheEmploymentEndDate()
    {
        var candidate = await Db.Given.CandidateAsync();
        var request = TestData.HireRequestFor(candidate) with { WorkerType = WorkerType.Contractor, EmploymentEndDate = candidate.StartDate!.Value.AddMonths(6) };

        var result = await Hiring.HireAsync(request, TestData.HrProfessional, TestContext.Current.CancellationToken);

        Assert.True(result.Succeeded, result.Problem?.Message);
        await using var db = Db.CreateDbContext();
        var worker = await db.Workers.Include(w => w.Employments).SingleAsync(TestContext.Current.CancellationToken);
        Assert.Equal(WorkerType.Contractor, worker.WorkerType);
        Assert.Equal(candidate.StartDate.Value.AddMonths(6), Assert.Single(worker.Employments).EndDate);
    }

    [Fact]
    public async Task Hire_WhenRequestIsInvalid_ReturnsInvalidAndStoresNothing()
    {
        var candidate = await Db.Given.CandidateAsync();
        var before = await Db.SnapshotAsync();
        var request = TestData.HireRequestFor(candidate) with { Email = "not-an-email", StartDate = Db.Today.AddDays(-1) };

        var result = await Hiring.HireAsync(request, TestData.HrProfessional, TestContext.Current.CancellationToken);

        Assert.Equal(ProblemKind.Invalid, result.Problem?.Kind);
        Assert.Equal(Db.Text["HireInvalid"].Value, result.Refused().Message);
        Assert.Equal([nameof(HireNewWorker.Email), nameof(HireNewWorker.StartDate)], result.Refused().Errors!.Keys.Order());
        Assert.Equal(before, await Db.SnapshotAsync());
    }

    [Fact]
    public async Task Hire_WhenLegalEntityDoesNotExist_ReturnsInvalidAndStoresNothing()
    {
        var candidate = await Db.Given.CandidateAsync();
        var before = await Db.SnapshotAsync();

        var result = await Hiring.HireAsync(TestData.HireRequestFor(candidate) with { LegalEntityId = "XXXX" }, TestData.HrProfessional, TestContext.Current.CancellationToken);

        Assert.Equal(ProblemKind.Invalid, result.Problem?.Kind);
        Assert.Equal([nameof(HireNewWorker.LegalEntityId)], result.Refused().Errors!.Keys);
        Assert.Equal(before, await Db.SnapshotAsync());
    }

    [Fact]
    public async Task Hire_WhenCandidateDoesNotExist_ReturnsNotFound()
    {
        await Db.Given.DefaultConnectionAsync();
        var request = TestData.HireRequestFor(new CandidateBuilder { CandidateId = "LI-0", FirstName = "Ada", LastName = "Lovelace", Email = "ada@example.com", Phone = "+14255550131" }
            .Build(Guid.NewGuid(), Db.Today, Db.Time.GetUtcNow()));

        var result = await Hiring.HireAsync(request, TestData.HrProfessional, TestContext.Current.CancellationToken);

        Assert.Equal(ProblemKind.NotFound, result.Problem?.Kind);
        Assert.Equal(Db.Text["CandidateNotFound"].Value, result.Refused().Message);
    }

    [Fact]
    public async Task Hire_WhenCandidateAlreadyHired_ReturnsConflictNamingWhoAndWhen()
    {
        var candidate = await Db.Given.CandidateAsync();
        var hiredAt = Db.Time.GetUtcNow();
        Assert.True((await Hiring.HireAsync(TestData.HireRequestFor(candidate), TestData.OtherHrProfessional, TestContext.Current.CancellationToken)).Succeeded);
        Db.Time.Advance(TimeSpan.FromHours(3));
        var before = await Db.SnapshotAsync();

        var result = await Hiring.HireAsync(TestData.HireRequestFor(candidate), TestData.HrProfessional, TestContext.Current.CancellationToken);

        Assert.Equal(ProblemKind.Conflict, result.Problem?.Kind);
        Assert.Equal(Db.Text["AlreadyHired", TestData.OtherHrProfessional.DisplayName, TestData.AsShown(hiredAt)].Value, result.Refused().Message);
        Assert.Contains(TestData.OtherHrProfessional.DisplayName, result.Refused().Message, StringComparison.Ordinal);
        Assert.Contains(TestData.AsShown(hiredAt), result.Refused().Message, StringComparison.Ordinal);
        Assert.Equal(before, await Db.SnapshotAsync());
    }

    [Fact]
    public async Task Hire_WhenCandidateAlreadyHired_SaysWhenInThePersonsTimeZone()
    {
        var candidate = await Db.Given.CandidateAsync();
        var hiredAt = Db.Time.GetUtcNow();
        Assert.True((await Hiring.HireAsync(TestData.HireRequestFor(candidate), TestData.OtherHrProfessional, TestContext.Current.CancellationToken)).Succeeded);
        Assert.True(TimeZones.TryFind("Pacific/Auckland", out var auckland));
        PersonTime.Ambient = auckland;

        var result = await Hiring.HireAsync(TestData.HireRequestFor(candidate), TestData.HrProfessional, TestContext.Current.CancellationToken);

        var inAuckland = TimeZoneInfo.ConvertTime(hiredAt, auckland).ToString("g", System.Globalization.CultureInfo.CurrentCulture);
        Assert.NotEqual(hiredAt.UtcDateTime.ToString("g", System.Globalization.CultureInfo.CurrentCulture), inAuckland);
        Assert.Equal(Db.Text["AlreadyHired", TestData.OtherHrProfessional.DisplayName, inAuckland].Value, result.Problem!.Message);
    }

    [Fact]
    public async Task Hire_WhenCandidateMarkedDoNotHire_ReturnsConflictNamingWhoAndWhen()
    {
        var candidate = await Db.Given.CandidateAsync();
        var decidedAt = Db.Time.GetUtcNow();
        var decision = new DoNotHire { CandidateId = candidate.Id, ReasonCode = NotHiredReasons.DeclinedOffer, Comment = "Accepted another offer." };
        Assert.True((await Db.Get<CandidateDecisionService>().DoNotHireAsync(decision, TestData.OtherHrProfessional, TestContext.Current.CancellationToken)).Succeeded);
        var before = await Db.SnapshotAsync();

        var result = await Hiring.HireAsync(TestData.HireRequestFor(candidate), TestData.HrProfessional, TestContext.Current.CancellationToken);

        Assert.Equal(ProblemKind.Conflict, result.Problem?.Kind);
        Assert.Equal(Db.Text["AlreadyNotHired", TestData.OtherHrProfessional.DisplayName, TestData.AsShown(decidedAt)].Value, result.Refused().Message);
        Assert.Equal(before, await Db.SnapshotAsync());
    }

    [Fact]
    public async Task Hire_WhenCandidateDismissed_ReturnsConflictNamingWhoAndWhen()
    {
        var candidate = await Db.Given.CandidateAsync();
        var dismissedAt = Db.Time.GetUtcNow();
        Assert.True((await Db.Get<CandidateDecisionService>().DismissAsync(candidate.Id, TestData.OtherHrProfessional, TestContext.Current.CancellationToken)).Succeeded);
        var before = await Db.SnapshotAsync();

        var result = await Hiring.HireAsync(TestData.HireRequestFor(candidate), TestData.HrProfessional, TestContext.Current.CancellationToken);

        Assert.Equal(ProblemKind.Conflict, result.Problem?.Kind);
        Assert.Equal(Db.Text["AlreadyDismissed", TestData.OtherHrProfessional.DisplayName, TestData.AsShown(dismissedAt)].Value, result.Refused().Message);
        Assert.Equal(before, await Db.SnapshotAsync());
    }
}
