using HireHub.Core.Common;
using HireHub.Core.Data;
using HireHub.Core.Domain;
using HireHub.Core.Features.Audit;
using HireHub.Core.Features.Exports;
using HireHub.Core.Features.Hiring;
using HireHub.Core.Features.Workers;
using HireHub.Tests.Support;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace HireHub.Tests.Core.Workers;

/// <summary>HR corrects a worker after the hire: contact details any time, the start date until the employment starts.</summary>
public sealed class WorkerEditTests : DatabaseTest
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    private WorkerEditService Edits => Db.Get<WorkerEditService>();

    [Fact]
    public async Task ChangeContact_WithAValidEmailAndPhone_StoresThemAsAHireWouldAndAuditsBeforeAndAfter()
    {
        var worker = await Db.Given.WorkerAsync(w => w with { Email = "fatima zahra@example", Phone = "+14255550100" });

        var result = await Edits.ChangeContactAsync(
            new ChangeWorkerContact { PersonnelNumber = worker.PersonnelNumber, Email = " Fatima.Zahra@Example.com ", Phone = "(425) 555-0199", Version = worker.Version },
            TestData.HrProfessional, Ct);

        Assert.True(result.Succeeded, result.Problem?.Message);
        await using var db = Db.CreateDbContext();
        var stored = await db.Workers.AsNoTracking().SingleAsync(w => w.Id == worker.Id, Ct);
        Assert.Equal(("fatima.zahra@example.com", "+14255550199"), (stored.Email, stored.Phone));
        Assert.Equal(stored.Version, result.Value);
        Assert.NotEqual(worker.Version, stored.Version);
        var audit = await db.AuditEvents.AsNoTracking().SingleAsync(Ct);
        Assert.Equal((AuditActions.WorkerContactChanged, nameof(Worker), worker.Id.ToString(), TestData.HrProfessional.DisplayName), (audit.Action, audit.EntityType, audit.EntityId, audit.Actor));
        Assert.Equal(("fatima zahra@example", "+14255550100"), Contact(audit.Before));
        Assert.Equal(("fatima.zahra@example.com", "+14255550199"), Contact(audit.After));
    }

    [Theory]
    [InlineData("fatima zahra@example", "+14255550100", "Email", "An email address cannot contain spaces.")]
    [InlineData("fatima@example", "+14255550100", "Email", "Enter a domain with a dot after the @, such as example.com.")]
    [InlineData("", "+14255550100", "Email", "Enter an email address.")]
    [InlineData("fatima@example.com", "555-0144", "Phone", "Enter a phone number that can be dialled, with its country code, such as +1 425 555 0100.")]
    public async Task ChangeContact_BreakingARule_SaysWhichAndChangesNothing(string email, string phone, string field, string message)
    {
        var worker = await Db.Given.WorkerAsync();
        var before = await Db.SnapshotAsync();

        var result = await Edits.ChangeContactAsync(new ChangeWorkerContact { PersonnelNumber = worker.PersonnelNumber, Email = email, Phone = phone, Version = worker.Version }, TestData.HrProfessional, Ct);

        Assert.Equal(ProblemKind.Invalid, result.Problem?.Kind);
        Assert.Equal([message], result.Problem!.Errors![field]);
        Assert.Equal(before, await Db.SnapshotAsync());
        await using var db = Db.CreateDbContext();
        Assert.Equal(worker.Email, (await db.Workers.AsNoTracking().SingleAsync(w => w.Id == worker.Id, Ct)).Email);
    }

    [Fact]
    public async Task ChangeContact_FromAPageReadBeforeSomeoneElsesChange_IsRefusedAndKeepsTheirs()
    {
        var worker = await Db.Given.WorkerAsync();
        var first = await Edits.ChangeContactAsync(new ChangeWorkerContact { PersonnelNumber = worker.PersonnelNumber, Email = "first@example.com", Phone = "+14255550101", Version = worker.Version }, TestData.HrProfessional, Ct);

        var second = await Edits.ChangeContactAsync(new ChangeWorkerContact { PersonnelNumber = worker.PersonnelNumber, Email = "second@example.com", Phone = "+14255550102", Version = worker.Version }, TestData.OtherHrProfessional, Ct);

        Assert.True(first.Succeeded);
        Assert.Equal(ProblemKind.Conflict, second.Problem?.Kind);
        Assert.StartsWith("This was changed by someone else", second.Problem!.Message, StringComparison.Ordinal);
        await using var db = Db.CreateDbContext();
        Assert.Equal("first@example.com", (await db.Workers.AsNoTracking().SingleAsync(w => w.Id == worker.Id, Ct)).Email);
        Assert.Equal(1, await db.AuditEvents.CountAsync(Ct));
    }

    [Fact]
    public async Task ChangeStartDate_BeforeTheEmploymentStarts_MovesItWithItsPosition_AndTheExportsHireRecordFollows()
    {
        var (candidate, employment) = await HireAsync(startInDays: 10);

        var result = await Edits.ChangeStartDateAsync(Move(employment, Db.Today.AddDays(24)), TestData.HrProfessional, Ct);

        Assert.True(result.Succeeded, result.Problem?.Message);
        await using var db = Db.CreateDbContext();
        var moved = await db.Employments.AsNoTracking().SingleAsync(e => e.Id == employment.Id, Ct);
        Assert.Equal(Db.Today.AddDays(24), moved.StartDate);
        Assert.Equal(Db.Today.AddDays(24), (await db.PositionAssignments.AsNoTracking().SingleAsync(a => a.WorkerId == employment.WorkerId, Ct)).StartDate);
        var record = (await Db.Get<ExportQueries>().FindAsync(candidate.ConnectionId, candidate.Id, Ct))!;
        Assert.Equal((Db.Today.AddDays(24), Db.Today.AddDays(10)), (record.Hire!.EmploymentStartDate, record.StartDate!.Value));
        var audit = await db.AuditEvents.AsNoTracking().SingleAsync(e => e.Action == AuditActions.EmploymentStartChanged, Ct);
        Assert.Equal((nameof(Worker), employment.WorkerId.ToString()), (audit.EntityType, audit.EntityId));
        Assert.Contains($"\"employmentStartDate\":\"{Db.Today.AddDays(10):yyyy-MM-dd}\"", audit.Before, StringComparison.Ordinal);
        Assert.Contains($"\"employmentStartDate\":\"{Db.Today.AddDays(24):yyyy-MM-dd}\"", audit.After, StringComparison.Ordinal);
    }

    [Fact]
    public async Task ChangeStartDate_OfAnEmploymentThatStarted_IsRefused()
    {
        var (_, employment) = await HireAsync(startInDays: 3);
        Db.Time.Advance(TimeSpan.FromDays(3));
        var before = await Db.SnapshotAsync();

        var result = await Edits.ChangeStartDateAsync(Move(employment, Db.Today.AddDays(7)), TestData.HrProfessional, Ct);

        Assert.Equal(ProblemKind.Conflict, result.Problem?.Kind);
        Assert.StartsWith("This employment started on ", result.Problem!.Message, StringComparison.Ordinal);
        Assert.Equal(before, await Db.SnapshotAsync());
    }

    [Theory]
    [InlineData(-1, "The start date is in the past. Agree a new start date with the candidate.")]
    [InlineData(null, "Enter the employment start date.")]
    public async Task ChangeStartDate_ToNoDateOrOneInThePast_IsInvalid(int? days, string message)
    {
        var (_, employment) = await HireAsync(startInDays: 10);

        var result = await Edits.ChangeStartDateAsync(Move(employment, days is { } d ? Db.Today.AddDays(d) : null), TestData.HrProfessional, Ct);

        Assert.Equal([message], result.Problem!.Errors![nameof(ChangeEmploymentStart.StartDate)]);
    }

    [Fact]
    public async Task ChangeStartDate_FromAStaleRead_IsRefused()
    {
        var (_, employment) = await HireAsync(startInDays: 10);
        Assert.True((await Edits.ChangeStartDateAsync(Move(employment, Db.Today.AddDays(12)), TestData.HrProfessional, Ct)).Succeeded);

        var stale = await Edits.ChangeStartDateAsync(Move(employment, Db.Today.AddDays(30)), TestData.OtherHrProfessional, Ct);

        Assert.Equal(ProblemKind.Conflict, stale.Problem?.Kind);
        await using var db = Db.CreateDbContext();
        Assert.Equal(Db.Today.AddDays(12), (await db.Employments.AsNoTracking().SingleAsync(e => e.Id == employment.Id, Ct)).StartDate);
    }

    [Fact]
    public async Task ChangeStartDate_RunsWhatFollowsTheStartDateInsideItsTransaction_AndAFailureThereLeavesNothing()
    {
        var follower = new RecordingFollower();
        await using var database = await TestDatabase.CreateAsync(configureServices: s => s.AddSingleton<IEmploymentStartFollower>(follower));
        var candidate = await database.Given.CandidateAsync(c => c with { StartInDays = 10 });
        var hired = (await database.Get<HiringService>().HireAsync(TestData.HireRequestFor(candidate), TestData.HrProfessional, Ct)).Value!;
        Employment employment;
        await using (var db = database.CreateDbContext())
        {
            employment = await db.Employments.AsNoTracking().SingleAsync(e => e.WorkerId == hired.WorkerId, Ct);
        }

        var move = new ChangeEmploymentStart { PersonnelNumber = hired.PersonnelNumber, EmploymentId = employment.Id, StartDate = database.Today.AddDays(20), Version = employment.Version };
        follower.Fail = true;
        var before = await database.SnapshotAsync();
        await Assert.ThrowsAsync<InvalidOperationException>(() => database.Get<WorkerEditService>().ChangeStartDateAsync(move, TestData.HrProfessional, Ct));
        Assert.Equal(before, await database.SnapshotAsync());

        follower.Fail = false;
        Assert.True((await database.Get<WorkerEditService>().ChangeStartDateAsync(move, TestData.HrProfessional, Ct)).Succeeded);
        Assert.Equal((database.Today.AddDays(10), database.Today.AddDays(20)), follower.Moves.Last());
    }

    private static (string? Email, string? Phone) Contact(string? json)
    {
        using var document = System.Text.Json.JsonDocument.Parse(json!);
        return (document.RootElement.GetProperty("email").GetString(), document.RootElement.GetProperty("phone").GetString());
    }

    private static ChangeEmploymentStart Move(Employment employment, DateOnly? to) =>
        new() { PersonnelNumber = employment.Worker!.PersonnelNumber, EmploymentId = employment.Id, StartDate = to, Version = employment.Version };

    private async Task<(ExportedCandidate Candidate, Employment Employment)> HireAsync(int startInDays)
    {
        var position = await Db.Given.PositionAsync();
        var candidate = await Db.Given.CandidateAsync(c => c with { StartInDays = startInDays });
        var request = TestData.HireRequestFor(candidate) with { PositionId = position.Id, AssignmentStartDate = candidate.StartDate };
        var hired = await Db.Get<HiringService>().HireAsync(request, TestData.HrProfessional, Ct);
        Assert.True(hired.Succeeded, hired.Problem?.Message);
        await using var db = Db.CreateDbContext();
        return (candidate, await db.Employments.AsNoTracking().Include(e => e.Worker).SingleAsync(e => e.WorkerId == hired.Value!.WorkerId, Ct));
    }

    private sealed class RecordingFollower : IEmploymentStartFollower
    {
        public bool Fail { get; set; }

        public List<(DateOnly From, DateOnly To)> Moves { get; } = [];

        public Task FollowAsync(HireHubDbContext db, Employment employment, DateOnly previousStart, CancellationToken ct)
        {
            if (Fail)
            {
                throw new InvalidOperationException("The onboarding checklist could not follow.");
            }

            Moves.Add((previousStart, employment.StartDate));
            return Task.CompletedTask;
        }
    }
}
