using HireHub.Core.Common;
using HireHub.Core.Domain;
using HireHub.Core.Features.Audit;
using HireHub.Core.Features.Hiring;
using HireHub.Tests.Support;
using Microsoft.EntityFrameworkCore;

namespace HireHub.Tests.Core.Hiring;

/// <summary>What HR decides when a candidate looks like an existing worker: rehire that worker, or hire a new one.</summary>
public sealed class RehireTests : DatabaseTest
{
    private HiringService Hiring => Db.Get<HiringService>();

    [Fact]
    public async Task Hire_AsRehire_AddsAnEmploymentToTheExistingWorkerWithoutTakingANumber()
    {
        var worker = await Db.Given.WorkerAsync(w => w with
        {
            FirstName = "Tony",
            LastName = "Krijnen",
            Email = "tony.krijnen@fabrikam.com",
            Phone = "+14255550108",
            WorkerType = WorkerType.Contractor,
            EmploymentStartInDays = -400,
            EmploymentEndInDays = -30,
        });
        var request = await RequestForNewCandidateAsync(c => c with { FirstName = "Tony", LastName = "Krijnen", Email = "Tony@Krijnen.example", Phone = "(425) 555-0199" });
        var before = await Db.SnapshotAsync();

        var result = await Hiring.HireAsync(request with { DuplicateDecision = DuplicateDecision.Rehire, RehireWorkerId = worker.Id }, TestData.HrProfessional, TestContext.Current.CancellationToken);

        Assert.True(result.Succeeded, result.Problem?.Message);
        Assert.Equal(new HireResult(worker.Id, worker.PersonnelNumber, "Tony Krijnen", Rehired: true), result.Value);
        var after = await Db.SnapshotAsync();
        Assert.Equal(before["Workers"], after["Workers"]);
        Assert.Equal(before["Employments"] + 1, after["Employments"]);
        Assert.Equal(before["NumberSequences (next personnel number)"], after["NumberSequences (next personnel number)"]);

        await using var db = Db.CreateDbContext();
        var rehired = await db.Workers.AsNoTracking().Include(w => w.Employments).SingleAsync(w => w.Id == worker.Id, TestContext.Current.CancellationToken);
        Assert.Equal([Db.Today.AddDays(-400), request.StartDate!.Value], rehired.Employments.Select(e => e.StartDate).Order());
        Assert.Equal(("tony@krijnen.example", "+14255550199", WorkerType.Employee), (rehired.Email, rehired.Phone, rehired.WorkerType));
        var candidate = await db.ExportedCandidates.AsNoTracking().SingleAsync(c => c.Id == request.CandidateId, TestContext.Current.CancellationToken);
        Assert.Equal((CandidateStatus.Hired, worker.Id), (candidate.Status, candidate.WorkerId));
        Assert.Equal(AuditActions.WorkerRehired, (await db.AuditEvents.AsNoTracking().SingleAsync(TestContext.Current.CancellationToken)).Action);
    }

    [Fact]
    public async Task Hire_AsRehireOfWorkerStillEmployed_ReturnsConflictAndStoresNothing()
    {
        var worker = await Db.Given.WorkerAsync(w => w with { FirstName = "Tony", LastName = "Krijnen" });
        var request = await RequestForNewCandidateAsync(c => c with { FirstName = "Tony", LastName = "Krijnen" });
        var before = await Db.SnapshotAsync();

        var result = await Hiring.HireAsync(request with { DuplicateDecision = DuplicateDecision.Rehire, RehireWorkerId = worker.Id }, TestData.HrProfessional, TestContext.Current.CancellationToken);

        Assert.Equal(ProblemKind.Conflict, result.Problem?.Kind);
        Assert.Equal(Db.Text["StillEmployed", worker.PersonnelNumber].Value, result.Refused().Message);
        Assert.Equal(before, await Db.SnapshotAsync());
    }

    [Fact]
    public async Task Hire_AsRehireStartingBeforeTheEmploymentEnds_ReturnsConflict()
    {
        var worker = await Db.Given.WorkerAsync(w => w with { EmploymentEndInDays = 30 });
        var request = await RequestForNewCandidateAsync(c => c with { StartInDays = 30 });

        var result = await Hiring.HireAsync(request with { DuplicateDecision = DuplicateDecision.Rehire, RehireWorkerId = worker.Id }, TestData.HrProfessional, TestContext.Current.CancellationToken);

        Assert.Equal(ProblemKind.Conflict, result.Problem?.Kind);
    }

    [Fact]
    public async Task Hire_AsRehireStartingTheDayAfterTheEmploymentEnds_Succeeds()
    {
        var worker = await Db.Given.WorkerAsync(w => w with { EmploymentEndInDays = 30 });
        var request = await RequestForNewCandidateAsync(c => c with { StartInDays = 31 });

        var result = await Hiring.HireAsync(request with { DuplicateDecision = DuplicateDecision.Rehire, RehireWorkerId = worker.Id }, TestData.HrProfessional, TestContext.Current.CancellationToken);

        Assert.True(result.Succeeded, result.Problem?.Message);
    }

    [Fact]
    public async Task Hire_AsRehireOfUnknownWorker_ReturnsInvalidAndStoresNothing()
    {
        var request = await RequestForNewCandidateAsync();
        var before = await Db.SnapshotAsync();

        var result = await Hiring.HireAsync(request with { DuplicateDecision = DuplicateDecision.Rehire, RehireWorkerId = Guid.NewGuid() }, TestData.HrProfessional, TestContext.Current.CancellationToken);

        Assert.Equal(ProblemKind.Invalid, result.Problem?.Kind);
        Assert.True(result.Refused().Errors!.ContainsKey(nameof(HireNewWorker.RehireWorkerId)));
        Assert.Equal(before, await Db.SnapshotAsync());
    }

    [Fact]
    public async Task Hire_AsNewWorkerWithReason_CreatesANewWorkerBesideTheLookAlike()
    {
        var lookAlike = await Db.Given.WorkerAsync(w => w with { FirstName = "Tony", LastName = "Krijnen" });
        var request = await RequestForNewCandidateAsync(c => c with { FirstName = "Tony", LastName = "Krijnen" });

        var result = await Hiring.HireAsync(
            request with { DuplicateDecision = DuplicateDecision.NewWorker, NewWorkerReason = "Different person: other date of birth." },
            TestData.HrProfessional,
            TestContext.Current.CancellationToken);

        Assert.True(result.Succeeded, result.Problem?.Message);
        Assert.NotEqual(lookAlike.Id, result.Value.WorkerId);
        Assert.Equal(("000001", false), (result.Value.PersonnelNumber, result.Value.Rehired));
        await using var db = Db.CreateDbContext();
        Assert.Equal(2, await db.Workers.CountAsync(w => w.FirstName == "Tony" && w.LastName == "Krijnen", TestContext.Current.CancellationToken));
        var candidate = await db.ExportedCandidates.AsNoTracking().SingleAsync(c => c.Id == request.CandidateId, TestContext.Current.CancellationToken);
        Assert.Equal("Different person: other date of birth.", candidate.Comment);
        Assert.Contains("Different person: other date of birth.", (await db.AuditEvents.AsNoTracking().SingleAsync(TestContext.Current.CancellationToken)).After, StringComparison.Ordinal);
    }

    private async Task<HireNewWorker> RequestForNewCandidateAsync(Func<CandidateBuilder, CandidateBuilder>? customize = null) =>
        TestData.HireRequestFor(await Db.Given.CandidateAsync(customize));
}
