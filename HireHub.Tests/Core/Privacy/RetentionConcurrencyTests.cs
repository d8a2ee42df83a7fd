using HireHub.Core.Common;
using HireHub.Core.Domain;
using HireHub.Core.Features.Hiring;
using HireHub.Core.Features.Privacy;
using HireHub.Tests.Support;
using Microsoft.EntityFrameworkCore;

namespace HireHub.Tests.Core.Privacy;

/// <summary>
/// Two app instances sweep the same database, and HR hires a candidate the sweep is anonymising: each candidate is
/// anonymised once and counted once, and a hire either happens in full or meets an erased candidate.
/// </summary>
public sealed class RetentionConcurrencyTests : DatabaseTest
{
    [Fact]
    public async Task TwoSweepsAtOnce_AnonymiseEveryDueCandidateOnce_AndCountItOnce()
    {
        const int due = 60;
        var ct = TestContext.Current.CancellationToken;
        var longAgo = Db.Time.GetUtcNow().AddDays(-400);
        for (var i = 0; i < due; i++)
        {
            await Db.Given.CandidateAsync(c => c with { ReceivedAt = longAgo });
        }

        var kept = await Db.Given.CandidateAsync();
        var sweep = Db.Get<RetentionSweep>();

        var results = await Concurrently.RunAsync(2, _ => sweep.RunAsync(ct));

        Assert.Equal(due, results.Sum(r => r.Anonymised));
        Assert.Equal(due, results.Sum(r => r.Flagged));
        await using var db = Db.CreateDbContext();
        Assert.Equal(due, await db.ExportedCandidates.CountAsync(c => c.AnonymisedAt != null, ct));
        Assert.Equal(due, await db.AuditEvents.CountAsync(e => e.Action == CandidateAnonymiser.Tombstone, ct));
        Assert.Equal(due, await db.AuditEvents.CountAsync(e => e.Action == RetentionSweep.RetentionFlagged, ct));
        Assert.Equal(0, await db.ExportedCandidates.CountAsync(c => c.AnonymisedAt != null && (c.FirstName != "" || c.Email != null || c.Phone != null), ct));
        Assert.Null((await db.ExportedCandidates.SingleAsync(c => c.Id == kept.Id, ct)).AnonymisedAt);
    }

    [Fact]
    public async Task HireWhileTheSweepAnonymises_EitherHiresInFullOrFindsTheCandidateErased()
    {
        const int rounds = 12;
        var ct = TestContext.Current.CancellationToken;
        var hiring = Db.Get<HiringService>();
        var sweep = Db.Get<RetentionSweep>();
        int hired = 0, erased = 0;
        for (var round = 0; round < rounds; round++)
        {
            var candidate = await Db.Given.CandidateAsync(c => c with { ReceivedAt = Db.Time.GetUtcNow().AddDays(-365) });
            var request = TestData.HireRequestFor(candidate);

            var results = await Concurrently.RunAsync(2, async i => i == 0
                ? (object)await hiring.HireAsync(request, TestData.HrProfessional, ct)
                : await sweep.RunAsync(ct));

            var hire = (Result<HireResult>)results[0];
            var swept = (RetentionSweepResult)results[1];
            await using var db = Db.CreateDbContext();
            var row = await db.ExportedCandidates.AsNoTracking().SingleAsync(c => c.Id == candidate.Id, ct);
            if (hire.Succeeded)
            {
                hired++;
                Assert.Equal((CandidateStatus.Hired, (DateTimeOffset?)null, candidate.Email), (row.Status, row.AnonymisedAt, row.Email));
                Assert.Equal(0, swept.Anonymised);
                Assert.True(await db.Workers.AnyAsync(w => w.Id == hire.Value.WorkerId, ct));
            }
            else
            {
                erased++;
                Assert.Equal(Db.Text["CandidateAlreadyErased"].Value, hire.Problem.Message);
                Assert.Equal((CandidateStatus.NotProcessed, "", (string?)null), (row.Status, row.FirstName, row.Email));
                Assert.NotNull(row.AnonymisedAt);
                Assert.Equal(1, swept.Anonymised);
            }
        }

        await using (var db = Db.CreateDbContext())
        {
            // No worker without a hired candidate, no hired candidate anonymised.
            Assert.Equal(hired, await db.Workers.CountAsync(ct));
            Assert.Equal(hired, await db.ExportedCandidates.CountAsync(c => c.Status == CandidateStatus.Hired && c.AnonymisedAt == null, ct));
            Assert.Equal(erased, await db.ExportedCandidates.CountAsync(c => c.AnonymisedAt != null, ct));
        }

        Assert.Equal(rounds, hired + erased);
        TestContext.Current.TestOutputHelper?.WriteLine($"{rounds} rounds: {hired} hired in full, {erased} anonymised first");
    }
}
