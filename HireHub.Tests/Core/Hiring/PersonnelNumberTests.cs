using HireHub.Core.Common;
using HireHub.Core.Features.Hiring;
using HireHub.Tests.Support;
using Microsoft.EntityFrameworkCore;

namespace HireHub.Tests.Core.Hiring;

public sealed class PersonnelNumberTests
{
    [Fact]
    public async Task Hire_TakesNumbersFromTheSequenceOneAfterAnother()
    {
        await using var db = await TestDatabase.CreateAsync();

        var numbers = new List<string>();
        for (var i = 0; i < 3; i++)
        {
            numbers.Add((await HireNewCandidateAsync(db)).PersonnelNumber);
        }

        Assert.Equal(["000001", "000002", "000003"], numbers);
        Assert.Equal(4, (await db.PersonnelNumberSequenceAsync()).NextValue);
    }

    [Fact]
    public async Task Hire_FormatsTheNumberWithTheConfiguredPrefixAndWidth()
    {
        await using var db = await TestDatabase.CreateAsync(new Dictionary<string, string?>
        {
            ["Hiring:PersonnelNumberPrefix"] = "HH-",
            ["Hiring:PersonnelNumberWidth"] = "4",
        });

        var draft = (await db.Get<HiringService>().PrepareAsync((await db.Given.CandidateAsync()).Id, TestContext.Current.CancellationToken)).Ok();
        var hired = await HireNewCandidateAsync(db);

        Assert.Equal("HH-0001", draft.NextPersonnelNumber);
        Assert.Equal("HH-0001", hired.PersonnelNumber);
        await using var context = db.CreateDbContext();
        Assert.Equal("HH-0001", (await context.Workers.AsNoTracking().SingleAsync(TestContext.Current.CancellationToken)).PersonnelNumber);
    }

    [Fact]
    public async Task Hire_ContinuesFromWhereTheSequenceStands()
    {
        await using var db = await TestDatabase.CreateAsync();
        await db.ExecuteSqlAsync("UPDATE NumberSequences SET NextValue = 1200 WHERE Code = 'PersonnelNumber'");

        Assert.Equal("001200", (await HireNewCandidateAsync(db)).PersonnelNumber);
        Assert.Equal("001201", (await HireNewCandidateAsync(db)).PersonnelNumber);
    }

    [Fact]
    public async Task Hire_WithManualNumberWhereAllowed_UsesItAndLeavesTheSequenceAlone()
    {
        await using var db = await TestDatabase.CreateAsync(AllowManualNumbers);
        var candidate = await db.Given.CandidateAsync();

        var result = await db.Get<HiringService>().HireAsync(TestData.HireRequestFor(candidate) with { PersonnelNumber = "EXT-0042" }, TestData.HrProfessional, TestContext.Current.CancellationToken);

        Assert.True(result.Succeeded, result.Problem?.Message);
        Assert.Equal("EXT-0042", result.Value.PersonnelNumber);
        Assert.Equal(1, (await db.PersonnelNumberSequenceAsync()).NextValue);
        Assert.Equal("000001", (await HireNewCandidateAsync(db)).PersonnelNumber);
    }

    [Fact]
    public async Task Hire_WithManualNumberAlreadyInUse_ReturnsInvalidAndStoresNothing()
    {
        await using var db = await TestDatabase.CreateAsync(AllowManualNumbers);
        await db.Given.WorkerAsync(w => w with { PersonnelNumber = "EXT-0042" });
        var candidate = await db.Given.CandidateAsync();
        var before = await db.SnapshotAsync();

        var result = await db.Get<HiringService>().HireAsync(TestData.HireRequestFor(candidate) with { PersonnelNumber = "EXT-0042" }, TestData.HrProfessional, TestContext.Current.CancellationToken);

        Assert.Equal(ProblemKind.Invalid, result.Problem?.Kind);
        Assert.Equal([db.Text["PersonnelNumberTaken", "EXT-0042"].Value], result.Refused().Errors![nameof(HireNewWorker.PersonnelNumber)]);
        Assert.Equal(before, await db.SnapshotAsync());
    }

    [Fact]
    public async Task Hire_WhenTheSequenceReachesANumberTypedEarlier_RefusesAndGivesTheNumberBack()
    {
        await using var db = await TestDatabase.CreateAsync(AllowManualNumbers);
        await db.Given.WorkerAsync(w => w with { PersonnelNumber = "000001" });
        var candidate = await db.Given.CandidateAsync();
        var before = await db.SnapshotAsync();

        var result = await db.Get<HiringService>().HireAsync(TestData.HireRequestFor(candidate), TestData.HrProfessional, TestContext.Current.CancellationToken);

        Assert.Equal(ProblemKind.Invalid, result.Problem?.Kind);
        Assert.Equal(db.Text["PersonnelNumberTaken", "000001"].Value, result.Refused().Message);
        Assert.Equal(before, await db.SnapshotAsync());
    }

    [Theory]
    [InlineData(2)]
    [InlineData(10)]
    public async Task Hire_ManyCandidatesAtOnce_GivesDistinctGaplessNumbers(int count)
    {
        await using var db = await TestDatabase.CreateAsync();
        var hiring = db.Get<HiringService>();
        var requests = new List<HireNewWorker>();
        for (var i = 0; i < count; i++)
        {
            requests.Add(TestData.HireRequestFor(await db.Given.CandidateAsync()));
        }

        var results = await Concurrently.RunAsync(count, i => hiring.HireAsync(requests[i], TestData.HrProfessional, TestContext.Current.CancellationToken));

        Assert.All(results, r => Assert.True(r.Succeeded, r.Problem?.Message));
        var expected = Enumerable.Range(1, count).Select(n => n.ToString("000000", System.Globalization.CultureInfo.InvariantCulture));
        Assert.Equal(expected, results.Select(r => r.Ok().PersonnelNumber).Order());
        await using var context = db.CreateDbContext();
        Assert.Equal(expected, await context.Workers.OrderBy(w => w.PersonnelNumber).Select(w => w.PersonnelNumber).ToListAsync(TestContext.Current.CancellationToken));
        Assert.Equal(count + 1, (await db.PersonnelNumberSequenceAsync()).NextValue);
    }

    private static Dictionary<string, string?> AllowManualNumbers => new() { ["Hiring:AllowManualPersonnelNumber"] = "true" };

    private static async Task<HireResult> HireNewCandidateAsync(TestDatabase db)
    {
        var candidate = await db.Given.CandidateAsync();
        var result = await db.Get<HiringService>().HireAsync(TestData.HireRequestFor(candidate), TestData.HrProfessional, TestContext.Current.CancellationToken);
        Assert.True(result.Succeeded, result.Problem?.Message);
        return result.Value;
    }
}
