using System.Diagnostics;
using System.Globalization;
using HireHub.Core.Common;
using HireHub.Core.Features.Hiring;
using HireHub.Tests.Support;
using Microsoft.EntityFrameworkCore;

namespace HireHub.Tests.Core.Hiring;

/// <summary>
/// Several HR professionals press Hire at the same moment. Each race runs for several rounds so a lucky
/// interleaving cannot pass for correct behaviour. A writer that finds the SQLite file locked retries after a
/// pause (about 150 ms a turn, measured here), so each extra caller lengthens a round: eight callers get fewer rounds.
/// Two callers for 200 rounds is reliability proof 1's sibling, proof 2 in docs/SECURITY.md: after every round exactly
/// one more worker, employment, personnel number and audit event exist, and the loser is told who hired the candidate.
/// </summary>
public sealed class ConcurrentHireTests : DatabaseTest
{
    [Theory]
    [InlineData(2, 200)]
    [InlineData(8, 6)]
    public async Task Hire_SameCandidateAtOnce_HiresOnceAndTellsTheOthersWhoWon(int hrProfessionals, int rounds)
    {
        var hiring = Db.Get<HiringService>();
        var actors = Enumerable.Range(1, hrProfessionals).Select(i => new Actor($"hr-{i}", $"HR Professional {i}")).ToList();
        var clock = Stopwatch.StartNew();

        for (var round = 1; round <= rounds; round++)
        {
            var candidate = await Db.Given.CandidateAsync();
            var request = TestData.HireRequestFor(candidate);

            var results = await Concurrently.RunAsync(hrProfessionals, i => hiring.HireAsync(request, actors[i], TestContext.Current.CancellationToken));

            var winner = Assert.Single(results.Index(), r => r.Item.Succeeded);
            var expectedConflict = Db.Text["AlreadyHired", actors[winner.Index].DisplayName, TestData.AsShown(Db.Time.GetUtcNow())].Value;
            Assert.All(results.Where(r => !r.Succeeded), r =>
            {
                Assert.Equal(ProblemKind.Conflict, r.Refused().Kind);
                Assert.Equal(expectedConflict, r.Refused().Message);
            });
            Assert.Equal(round.ToString("000000", CultureInfo.InvariantCulture), winner.Item.Ok().PersonnelNumber);
            Assert.Equal((round, round, round, round + 1), await CountsAsync());
        }

        TestContext.Current.TestOutputHelper?.WriteLine($"{rounds} rounds of {hrProfessionals} concurrent hires in {clock.Elapsed.TotalSeconds:0.0} s.");

        await using var db = Db.CreateDbContext();
        var ct = TestContext.Current.CancellationToken;
        Assert.Equal(rounds, await db.Workers.CountAsync(ct));
        Assert.Equal(rounds, await db.Employments.CountAsync(ct));
        Assert.Equal(rounds, await db.AuditEvents.CountAsync(ct));
        Assert.Equal(rounds + 1, (await Db.PersonnelNumberSequenceAsync()).NextValue);
    }

    [Fact]
    public async Task Hire_TwoCandidatesIntoTheSamePositionAtOnce_FillsItOnce()
    {
        const int rounds = 10;
        var hiring = Db.Get<HiringService>();
        for (var round = 1; round <= rounds; round++)
        {
            var position = await Db.Given.PositionAsync();
            var requests = new[] { TestData.HireRequestFor(await Db.Given.CandidateAsync()), TestData.HireRequestFor(await Db.Given.CandidateAsync()) }
                .Select(r => r with { PositionId = position.Id })
                .ToList();

            var results = await Concurrently.RunAsync(2, i => hiring.HireAsync(requests[i], TestData.HrProfessional, TestContext.Current.CancellationToken));

            var winner = Assert.Single(results, r => r.Succeeded);
            var loser = Assert.Single(results, r => !r.Succeeded);
            Assert.Equal(ProblemKind.Conflict, loser.Refused().Kind);
            Assert.Contains(winner.Ok().WorkerName, loser.Refused().Message, StringComparison.Ordinal);
        }

        await using var db = Db.CreateDbContext();
        Assert.Equal(rounds, await db.Workers.CountAsync(TestContext.Current.CancellationToken));
        Assert.Equal(rounds, await db.PositionAssignments.CountAsync(TestContext.Current.CancellationToken));
    }

    /// <summary>Workers, employments, audit events and the next personnel number: what one hire adds one to.</summary>
    private async Task<(int Workers, int Employments, int AuditEvents, long NextPersonnelNumber)> CountsAsync()
    {
        var ct = TestContext.Current.CancellationToken;
        await using var db = Db.CreateDbContext();
        return (await db.Workers.CountAsync(ct), await db.Employments.CountAsync(ct), await db.AuditEvents.CountAsync(ct), (await Db.PersonnelNumberSequenceAsync()).NextValue);
    }
}
