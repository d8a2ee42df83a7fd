using HireHub.Core.Common;
using HireHub.Core.Features.Hiring;
using HireHub.Tests.Support;

namespace HireHub.Tests.Core.Hiring;

public sealed class DuplicateWorkerTests : DatabaseTest
{
    private HiringService Hiring => Db.Get<HiringService>();

    [Fact]
    public async Task FindDuplicates_WhenWorkerHasSameEmailInOtherCase_ReportsAnEmailMatch()
    {
        var worker = await Db.Given.WorkerAsync(w => w with { Email = "tony.krijnen@fabrikam.com" });
        var request = await RequestForNewCandidateAsync(c => c with { Email = "Tony.Krijnen@Fabrikam.com" });

        var duplicates = await Hiring.FindDuplicatesAsync(request, TestContext.Current.CancellationToken);

        var duplicate = Assert.Single(duplicates);
        Assert.Equal((worker.Id, worker.PersonnelNumber, DuplicateMatch.Email), (duplicate.WorkerId, duplicate.PersonnelNumber, duplicate.Match));
    }

    [Theory]
    [InlineData("(425) 555-0108")]
    [InlineData("425.555.0108")]
    [InlineData("+1 425 555 0108")]
    [InlineData("+14255550108")]
    public async Task FindDuplicates_WhenWorkerHasSamePhoneWrittenDifferently_ReportsAPhoneMatch(string phone)
    {
        var worker = await Db.Given.WorkerAsync(w => w with { Phone = "+14255550108" });
        var request = await RequestForNewCandidateAsync(c => c with { Phone = phone });

        var duplicates = await Hiring.FindDuplicatesAsync(request, TestContext.Current.CancellationToken);

        var duplicate = Assert.Single(duplicates);
        Assert.Equal((worker.Id, DuplicateMatch.Phone), (duplicate.WorkerId, duplicate.Match));
    }

    [Fact]
    public async Task FindDuplicates_WhenWorkerHasSameFirstAndLastName_ReportsANameMatch()
    {
        var worker = await Db.Given.WorkerAsync(w => w with { FirstName = "Tony", MiddleName = "J.", LastName = "Krijnen" });
        var request = await RequestForNewCandidateAsync(c => c with { FirstName = "Tony", LastName = "Krijnen" });

        var duplicates = await Hiring.FindDuplicatesAsync(request, TestContext.Current.CancellationToken);

        var duplicate = Assert.Single(duplicates);
        Assert.Equal((worker.Id, "Tony J. Krijnen", DuplicateMatch.Name), (duplicate.WorkerId, duplicate.Name, duplicate.Match));
    }

    [Theory]
    [InlineData("tony", "krijnen")]
    [InlineData("TONY", "KRIJNEN")]
    [InlineData(" Tony ", "Krijnen ")]
    public async Task FindDuplicates_WhenNameDiffersOnlyInCaseOrSpacing_ReportsANameMatch(string firstName, string lastName)
    {
        var worker = await Db.Given.WorkerAsync(w => w with { FirstName = "Tony", LastName = "Krijnen" });
        var request = await RequestForNewCandidateAsync(c => c with { FirstName = firstName, LastName = lastName });

        var duplicates = await Hiring.FindDuplicatesAsync(request, TestContext.Current.CancellationToken);

        var duplicate = Assert.Single(duplicates);
        Assert.Equal((worker.Id, DuplicateMatch.Name), (duplicate.WorkerId, duplicate.Match));
    }

    [Fact]
    public async Task FindDuplicates_WhenEverythingMatches_ReportsEveryMatchOfTheWorker()
    {
        var worker = await Db.Given.WorkerAsync(w => w with { FirstName = "Tony", LastName = "Krijnen", Email = "tony.krijnen@fabrikam.com", Phone = "+14255550108" });
        var request = await RequestForNewCandidateAsync(c => c with { FirstName = "Tony", LastName = "Krijnen", Email = "tony.krijnen@fabrikam.com", Phone = "425-555-0108" });

        var duplicates = await Hiring.FindDuplicatesAsync(request, TestContext.Current.CancellationToken);

        Assert.Equal(
            [new DuplicateWorker(worker.Id, worker.PersonnelNumber, "Tony Krijnen", "tony.krijnen@fabrikam.com", "+14255550108", DuplicateMatch.Email | DuplicateMatch.Phone | DuplicateMatch.Name, CurrentlyEmployed: true)],
            duplicates);
    }

    [Fact]
    public async Task FindDuplicates_WhenOnlyFirstNameOrOnlyLastNameMatches_ReportsNobody()
    {
        await Db.Given.WorkerAsync(w => w with { FirstName = "Tony", LastName = "Berg" });
        await Db.Given.WorkerAsync(w => w with { FirstName = "Anna", LastName = "Krijnen" });
        var request = await RequestForNewCandidateAsync(c => c with { FirstName = "Tony", LastName = "Krijnen" });

        Assert.Empty(await Hiring.FindDuplicatesAsync(request, TestContext.Current.CancellationToken));
    }

    [Fact]
    public async Task FindDuplicates_SaysWhetherTheWorkerIsStillEmployed()
    {
        var leaver = await Db.Given.WorkerAsync(w => w with { LastName = "Krijnen", FirstName = "Tony", EmploymentEndInDays = -30 });
        var employee = await Db.Given.WorkerAsync(w => w with { LastName = "Krijnen", FirstName = "Tony" });
        var leavingNextWeek = await Db.Given.WorkerAsync(w => w with { LastName = "Krijnen", FirstName = "Tony", EmploymentEndInDays = 7 });
        var request = await RequestForNewCandidateAsync(c => c with { FirstName = "Tony", LastName = "Krijnen" });

        var duplicates = (await Hiring.FindDuplicatesAsync(request, TestContext.Current.CancellationToken)).ToDictionary(d => d.WorkerId, d => d.CurrentlyEmployed);

        Assert.Equal(new Dictionary<Guid, bool> { [leaver.Id] = false, [employee.Id] = true, [leavingNextWeek.Id] = true }, duplicates);
    }

    [Fact]
    public async Task Prepare_WhenCandidateLooksLikeAWorker_ListsTheDuplicate()
    {
        var worker = await Db.Given.WorkerAsync(w => w with { Phone = "+14255550108" });
        var candidate = await Db.Given.CandidateAsync(c => c with { Phone = "(425) 555-0108" });

        var draft = (await Hiring.PrepareAsync(candidate.Id, TestContext.Current.CancellationToken)).Ok();

        var duplicate = Assert.Single(draft.Duplicates);
        Assert.Equal((worker.Id, DuplicateMatch.Phone), (duplicate.WorkerId, duplicate.Match));
    }

    [Fact]
    public async Task Hire_WhenDuplicateExistsAndNoDecisionWasMade_ReturnsConflictAndStoresNothing()
    {
        await Db.Given.WorkerAsync(w => w with { Email = "tony.krijnen@fabrikam.com" });
        var request = await RequestForNewCandidateAsync(c => c with { Email = "tony.krijnen@fabrikam.com" });
        var before = await Db.SnapshotAsync();

        var result = await Hiring.HireAsync(request, TestData.HrProfessional, TestContext.Current.CancellationToken);

        Assert.Equal(ProblemKind.Conflict, result.Problem?.Kind);
        Assert.Equal(Db.Text["PossibleDuplicate"].Value, result.Refused().Message);
        Assert.Equal(before, await Db.SnapshotAsync());
    }

    [Fact]
    public async Task Hire_WhenAWorkerHasTheSameNameInOtherCase_ReturnsConflictAndStoresNothing()
    {
        await Db.Given.WorkerAsync(w => w with { FirstName = "Tony", LastName = "Krijnen" });
        var request = await RequestForNewCandidateAsync(c => c with { FirstName = "tony", LastName = "KRIJNEN" });
        var before = await Db.SnapshotAsync();

        var result = await Hiring.HireAsync(request, TestData.HrProfessional, TestContext.Current.CancellationToken);

        Assert.Equal(ProblemKind.Conflict, result.Problem?.Kind);
        Assert.Equal(before, await Db.SnapshotAsync());
    }

    private async Task<HireNewWorker> RequestForNewCandidateAsync(Func<CandidateBuilder, CandidateBuilder>? customize = null) =>
        TestData.HireRequestFor(await Db.Given.CandidateAsync(customize));
}
