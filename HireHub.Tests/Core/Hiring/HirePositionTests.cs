using System.Data.Common;
using HireHub.Core.Common;
using HireHub.Core.Data;
using HireHub.Core.Features.Hiring;
using HireHub.Tests.Support;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Diagnostics;
using Microsoft.Extensions.DependencyInjection;

namespace HireHub.Tests.Core.Hiring;

public sealed class HirePositionTests : DatabaseTest
{
    private HiringService Hiring => Db.Get<HiringService>();

    [Fact]
    public async Task Hire_IntoVacantPosition_AssignsItFromTheEmploymentStart()
    {
        var position = await Db.Given.PositionAsync();
        var candidate = await Db.Given.CandidateAsync(c => c with { StartInDays = 10 });

        var result = await Hiring.HireAsync(TestData.HireRequestFor(candidate) with { PositionId = position.Id }, TestData.HrProfessional, TestContext.Current.CancellationToken);

        Assert.True(result.Succeeded, result.Problem?.Message);
        await using var db = Db.CreateDbContext();
        var assignment = await db.PositionAssignments.AsNoTracking().SingleAsync(TestContext.Current.CancellationToken);
        Assert.Equal((position.Id, result.Value.WorkerId), (assignment.PositionId, assignment.WorkerId));
        Assert.Equal(Db.Today.AddDays(10), assignment.StartDate);
        Assert.Null(assignment.EndDate);
    }

    [Fact]
    public async Task Hire_IntoVacantPosition_WithLaterAssignmentStart_KeepsThatStart()
    {
        var position = await Db.Given.PositionAsync();
        var candidate = await Db.Given.CandidateAsync(c => c with { StartInDays = 10 });
        var request = TestData.HireRequestFor(candidate) with { PositionId = position.Id, AssignmentStartDate = Db.Today.AddDays(17) };

        var result = await Hiring.HireAsync(request, TestData.HrProfessional, TestContext.Current.CancellationToken);

        Assert.True(result.Succeeded, result.Problem?.Message);
        await using var db = Db.CreateDbContext();
        Assert.Equal(Db.Today.AddDays(17), (await db.PositionAssignments.AsNoTracking().SingleAsync(TestContext.Current.CancellationToken)).StartDate);
    }

    [Fact]
    public async Task Hire_IntoPositionOfAnotherLegalEntity_ReturnsInvalidAndStoresNothing()
    {
        await Db.Given.LegalEntityAsync("DEMF");
        var germanPosition = await Db.Given.PositionAsync(p => p with { LegalEntityId = "DEMF" });
        var candidate = await Db.Given.CandidateAsync();
        var before = await Db.SnapshotAsync();

        var result = await Hiring.HireAsync(TestData.HireRequestFor(candidate) with { PositionId = germanPosition.Id }, TestData.HrProfessional, TestContext.Current.CancellationToken);

        Assert.Equal(ProblemKind.Invalid, result.Problem?.Kind);
        Assert.Equal([Db.Text["PositionNotInLegalEntity"].Value], result.Refused().Errors![nameof(HireNewWorker.PositionId)]);
        Assert.Equal(before, await Db.SnapshotAsync());
    }

    [Fact]
    public async Task Hire_IntoPositionThatDoesNotExist_ReturnsInvalid()
    {
        var candidate = await Db.Given.CandidateAsync();

        var result = await Hiring.HireAsync(TestData.HireRequestFor(candidate) with { PositionId = Guid.NewGuid() }, TestData.HrProfessional, TestContext.Current.CancellationToken);

        Assert.Equal(ProblemKind.Invalid, result.Problem?.Kind);
        Assert.True(result.Refused().Errors!.ContainsKey(nameof(HireNewWorker.PositionId)));
    }

    [Fact]
    public async Task Hire_IntoFilledPosition_ReturnsConflictNamingTheHolderAndStoresNothing()
    {
        var position = await Db.Given.PositionAsync(p => p with { PositionNumber = "000104" });
        await Db.Given.WorkerAsync(w => w with { FirstName = "Julia", LastName = "Funderburk", PositionId = position.Id });
        var candidate = await Db.Given.CandidateAsync();
        var before = await Db.SnapshotAsync();

        var result = await Hiring.HireAsync(TestData.HireRequestFor(candidate) with { PositionId = position.Id }, TestData.HrProfessional, TestContext.Current.CancellationToken);

        Assert.Equal(ProblemKind.Conflict, result.Problem?.Kind);
        Assert.Equal(Db.Text["PositionFilled", "000104", "Julia Funderburk"].Value, result.Refused().Message);
        Assert.Equal(before, await Db.SnapshotAsync());
    }

    [Fact]
    public async Task Hire_IntoPositionJustFilledByAnotherHire_ReturnsConflict()
    {
        var position = await Db.Given.PositionAsync();
        var first = await Db.Given.CandidateAsync();
        var second = await Db.Given.CandidateAsync();
        Assert.True((await Hiring.HireAsync(TestData.HireRequestFor(first) with { PositionId = position.Id }, TestData.HrProfessional, TestContext.Current.CancellationToken)).Succeeded);

        var result = await Hiring.HireAsync(TestData.HireRequestFor(second) with { PositionId = position.Id }, TestData.HrProfessional, TestContext.Current.CancellationToken);

        Assert.Equal(ProblemKind.Conflict, result.Problem?.Kind);
        Assert.Contains(first.LastName, result.Refused().Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Hire_WhenTheOpenAssignmentIndexRefusesIt_NamesTheHolderLikeTheCheckBeforeTheWrite()
    {
        // On SQL Server two hires can both read the position as vacant; the unique index then refuses the second.
        // Here the position check is made to read it vacant once, so the write meets the index as that hire would.
        var vacancyRead = new VacancyBlindness();
        await using var db = await TestDatabase.CreateAsync(configureServices: services =>
            services.ConfigureDbContext<SqliteHireHubDbContext>(o => o.AddInterceptors(vacancyRead)));
        var position = await db.Given.PositionAsync(p => p with { PositionNumber = "000104" });
        await db.Given.WorkerAsync(w => w with { FirstName = "Julia", LastName = "Funderburk", PositionId = position.Id });
        var candidate = await db.Given.CandidateAsync();
        var before = await db.SnapshotAsync();
        vacancyRead.Armed = true;

        var result = await db.Get<HiringService>().HireAsync(TestData.HireRequestFor(candidate) with { PositionId = position.Id }, TestData.HrProfessional, TestContext.Current.CancellationToken);

        Assert.False(vacancyRead.Armed, "The position check was not blinded: the test proved nothing.");
        Assert.Equal(ProblemKind.Conflict, result.Problem?.Kind);
        Assert.Equal(db.Text["PositionFilled", "000104", "Julia Funderburk"].Value, result.Refused().Message);
        Assert.Equal(before, await db.SnapshotAsync());
    }

    [Fact]
    public async Task Hire_IntoPositionWhoseLastAssignmentEnded_Succeeds()
    {
        var position = await Db.Given.PositionAsync();
        await Db.Given.WorkerAsync(w => w with { PositionId = position.Id, EmploymentEndInDays = -10 });
        var candidate = await Db.Given.CandidateAsync();

        var result = await Hiring.HireAsync(TestData.HireRequestFor(candidate) with { PositionId = position.Id }, TestData.HrProfessional, TestContext.Current.CancellationToken);

        Assert.True(result.Succeeded, result.Problem?.Message);
    }

    [Fact]
    public async Task FindVacantPositions_ReturnsOnlyVacantPositionsOfTheLegalEntity()
    {
        await Db.Given.LegalEntityAsync("DEMF");
        var vacant1 = await Db.Given.PositionAsync(p => p with { PositionNumber = "000102" });
        var vacant2 = await Db.Given.PositionAsync(p => p with { PositionNumber = "000101" });
        var filled = await Db.Given.PositionAsync(p => p with { PositionNumber = "000103" });
        await Db.Given.WorkerAsync(w => w with { PositionId = filled.Id });
        var vacatedByLeaver = await Db.Given.PositionAsync(p => p with { PositionNumber = "000104" });
        await Db.Given.WorkerAsync(w => w with { PositionId = vacatedByLeaver.Id, EmploymentEndInDays = -1 });
        await Db.Given.PositionAsync(p => p with { PositionNumber = "000116", LegalEntityId = "DEMF" });

        var vacant = await Hiring.FindVacantPositionsAsync("USMF", search: null, TestContext.Current.CancellationToken);

        Assert.Equal([vacant2.Id, vacant1.Id, vacatedByLeaver.Id], vacant.Select(p => p.Id));
        Assert.Equal(new VacantPosition(vacant2.Id, "000101", vacant2.Title, vacant2.Department), vacant[0]);
    }

    /// <summary>Once armed, makes the next read of a position's open assignments find none.</summary>
    private sealed class VacancyBlindness : DbCommandInterceptor
    {
        public bool Armed { get; set; }

        public override ValueTask<InterceptionResult<DbDataReader>> ReaderExecutingAsync(
            DbCommand command, CommandEventData eventData, InterceptionResult<DbDataReader> result, CancellationToken cancellationToken = default)
        {
            if (Armed && command.CommandText.Contains("FROM \"Positions\"", StringComparison.Ordinal) && command.CommandText.Contains("\"EndDate\" IS NULL", StringComparison.Ordinal))
            {
                Armed = false;
                command.CommandText = command.CommandText.Replace("\"EndDate\" IS NULL", "\"EndDate\" IS NULL AND 0", StringComparison.Ordinal);
            }

            return ValueTask.FromResult(result);
        }
    }
}
