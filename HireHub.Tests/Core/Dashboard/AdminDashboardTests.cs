using HireHub.Core.Common;
using HireHub.Core.Data;
using HireHub.Core.Features.Administration;
using HireHub.Core.Features.Dashboard;
using HireHub.Core.Features.Integrations;
using HireHub.Core.Features.Privacy;
using HireHub.Tests.Support;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;

namespace HireHub.Tests.Core.Dashboard;

/// <summary>An administrator's figures: connection health as the setup check says, refusals per day, the last retention sweep.</summary>
public sealed class AdminDashboardTests : DatabaseTest
{
    // Weeks and days as a person reading in UTC has them; PeriodCountsTests shows them in other zones.
    private static readonly PersonTime Utc = new();

    private AdminDashboardQueries Dashboard => Db.Get<AdminDashboardQueries>();

    [Fact]
    public async Task ConnectionHealth_IsTheSetupChecksVerdict_ForEveryConnectionWithAnApplication()
    {
        var ct = TestContext.Current.CancellationToken;

        var home = await Dashboard.LoadAsync(Utc, ct);

        // A fresh database registers LinkedIn Talent Hub with nobody acting for its Entra application yet; the Manual
        // entry connection has no application and is not checked.
        var linkedIn = Assert.Single(home.Connections);
        var check = (await Db.Get<SetupHealthCheck>().CheckAsync(linkedIn.ConnectionId, ct))!;
        Assert.Equal((ReferenceData.LinkedInConnectionName, false), (linkedIn.Name, linkedIn.AllPassed));
        Assert.Equal(check.Steps.Where(s => !s.Passed).Select(s => s.Step), linkedIn.Failing);
        Assert.Equal([RegistryStep.EntraApplication], linkedIn.Failing);
    }

    [Fact]
    public async Task ConnectionHealth_IsKept30Seconds_ButAChangeThroughThisInstanceShowsAtOnce()
    {
        var ct = TestContext.Current.CancellationToken;
        Assert.False(Assert.Single((await Dashboard.LoadAsync(Utc, ct)).Connections).AllPassed);

        // Another instance fixes the setup: its write does not pass through this instance's contexts.
        await using (var db = Db.CreateDbContext())
        await using (var elsewhere = new SqliteConnection(db.Database.GetConnectionString()))
        {
            await elsewhere.OpenAsync(ct);
            await using var command = elsewhere.CreateCommand();
            command.CommandText = """
                INSERT INTO People (Id, Name, Roles, LegalEntityIds) VALUES ('hanna.reyes', 'Hanna Reyes', 'HR', '');
                UPDATE EntraApplications SET ActingPersonId = 'hanna.reyes';
                """;
            await command.ExecuteNonQueryAsync(ct);
        }

        Db.Time.Advance(TimeSpan.FromSeconds(29));
        Assert.False(Assert.Single((await Dashboard.LoadAsync(Utc, ct)).Connections).AllPassed);
        Db.Time.Advance(TimeSpan.FromSeconds(1));
        Assert.True(Assert.Single((await Dashboard.LoadAsync(Utc, ct)).Connections).AllPassed);

        // This instance unlinks it: seen on the next load, not 30 seconds later.
        var administration = Db.Get<ConnectionAdministration>();
        var linkedIn = (await administration.ListAsync(ct)).Single(c => c.Name == ReferenceData.LinkedInConnectionName);
        Assert.True((await administration.UnlinkAsync(linkedIn.Id, linkedIn.Version, TestData.HrProfessional, ct)).Succeeded);
        Assert.Equal([RegistryStep.ConnectionLinked], Assert.Single((await Dashboard.LoadAsync(Utc, ct)).Connections).Failing);
    }

    [Fact]
    public async Task RefusalsPerDay_CountTheIntegrationLogByUtcDay_OverFourteenDays()
    {
        var ct = TestContext.Current.CancellationToken;
        var log = Db.Get<IntegrationLog>();
        // Now is Monday 1 March 2027, 09:30 UTC.
        async Task RecordAtAsync(DateTimeOffset at)
        {
            await using var db = Db.CreateDbContext();
            db.IntegrationLog.Add(new HireHub.Core.Domain.IntegrationLogEntry { OccurredAt = at, Caller = "anonymous", StatusCode = 401, Reason = "No token" });
            await db.SaveChangesAsync(ct);
        }

        var today = new DateTimeOffset(2027, 3, 1, 0, 0, 0, TimeSpan.Zero);
        await RecordAtAsync(today.AddDays(-14).AddTicks(-1)); // before the fourteen days
        await RecordAtAsync(today.AddDays(-13));
        await RecordAtAsync(today.AddTicks(-1));
        await RecordAtAsync(today);
        await log.RecordAsync(null, 401, "No token", null, ct);

        var home = await Dashboard.LoadAsync(Utc, ct);

        Assert.Equal(today.AddDays(-13), home.Days.StartOf(0));
        Assert.Equal([1, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 1, 2], home.RefusalsPerDay);
    }

    [Fact]
    public async Task LastSweep_IsTheLatestRunRecorded_WithWhatItDid_OrThatItFailed()
    {
        var ct = TestContext.Current.CancellationToken;
        Assert.Null((await Dashboard.LoadAsync(Utc, ct)).LastSweep);
        await Db.Given.CandidateAsync(c => c with { ReceivedAt = Db.Time.GetUtcNow().AddDays(-100) });
        var sweep = Db.Get<RetentionSweep>();

        var first = Db.Time.GetUtcNow();
        await sweep.RunAsync(ct);
        var afterOne = (await Dashboard.LoadAsync(Utc, ct)).LastSweep!;
        Db.Time.Advance(TimeSpan.FromHours(1));
        await sweep.RunAsync(ct);
        var afterTwo = (await Dashboard.LoadAsync(Utc, ct)).LastSweep!;

        Db.Time.Advance(TimeSpan.FromHours(1));
        await Db.ExecuteSqlAsync("ALTER TABLE ExportedCandidates RENAME TO ExportedCandidatesGone");
        await Assert.ThrowsAsync<SqliteException>(() => sweep.RunAsync(ct));
        await Db.ExecuteSqlAsync("ALTER TABLE ExportedCandidatesGone RENAME TO ExportedCandidates");
        var failed = (await Dashboard.LoadAsync(Utc, ct)).LastSweep!;

        Assert.Equal((first, true, 1, 0, 0), (afterOne.StartedAt, afterOne.Succeeded, afterOne.Flagged, afterOne.Anonymised, afterOne.Skipped));
        Assert.Equal((first.AddHours(1), true, 0, 0, 0), (afterTwo.StartedAt, afterTwo.Succeeded, afterTwo.Flagged, afterTwo.Anonymised, afterTwo.Skipped));
        Assert.Equal((first.AddHours(2), false), (failed.StartedAt, failed.Succeeded));
        await using var db = Db.CreateDbContext();
        var runs = await db.AuditEvents.Where(e => e.EntityType == RetentionSweep.SweepRecord).OrderBy(e => e.Id).Select(e => e.Action).ToListAsync(ct);
        Assert.Equal([RetentionSweep.SweepRan, RetentionSweep.SweepRan, RetentionSweep.SweepFailed], runs);
    }
}
