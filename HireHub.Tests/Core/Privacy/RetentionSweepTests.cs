using System.Text.Json;
using HireHub.Core;
using HireHub.Core.Common;
using HireHub.Core.Domain;
using HireHub.Core.Features.Candidates;
using HireHub.Core.Features.Privacy;
using HireHub.Tests.Core.Exports;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;

namespace HireHub.Tests.Core.Privacy;

/// <summary>
/// Proof 9: on a fake clock, candidates cross each threshold of the default policy one day at a time, and once
/// anonymised no trace of their name, email or phone is left in any column of any table.
/// </summary>
public sealed class RetentionSweepTests : IAsyncLifetime
{
    private ExportsDatabase database = null!;
    private PlantedPeople people = null!;

    private RetentionSweep Sweep => database.Get<RetentionSweep>();

    public async ValueTask InitializeAsync()
    {
        database = await ExportsDatabase.CreateAsync();
        people = new PlantedPeople(database);
    }

    public ValueTask DisposeAsync() => database.DisposeAsync();

    [Fact]
    public async Task NotHiredCandidate_IsKept179Days_AndAnonymisedInEveryTableOnDay180()
    {
        var ct = TestContext.Current.CancellationToken;
        await people.PlantAsync();
        await people.DoNotHirePlantedAsync();
        var before = await ScanAsync(PlantedPeople.PlantedMarkers);
        var controlBefore = await ScanAsync(PlantedPeople.ControlMarkers);

        // Every table that can hold a candidate's data holds the planted person's before the sweep.
        Assert.Equal(
            ["AuditEvents", "CandidateRevisions", "ExportedCandidates", "IdempotencyRecords", "IntegrationLog"],
            PersonalDataScan.ByTable(before).Keys);

        // Day 179 is past the control's 90 days unprocessed: flagged, not anonymised.
        database.Time.Advance(TimeSpan.FromDays(179));
        Assert.Equal(new RetentionSweepResult(Flagged: 1, Anonymised: 0, Skipped: 0), await Sweep.RunAsync(ct));
        Assert.Equal(before, await ScanAsync(PlantedPeople.PlantedMarkers));

        database.Time.Advance(TimeSpan.FromDays(1));
        var result = await Sweep.RunAsync(ct);

        Assert.Equal(new RetentionSweepResult(Flagged: 0, Anonymised: 1, Skipped: 0), result);
        Assert.Empty(await ScanAsync(PlantedPeople.PlantedMarkers));
        Assert.Equal(PersonalDataScan.ByTable(controlBefore), PersonalDataScan.ByTable(await ScanAsync(PlantedPeople.ControlMarkers)));

        // The tombstone counts, table by table, what was changed, and names no one.
        var tombstone = Assert.Single(await TombstonesAsync());
        Assert.Equal(RetentionSweep.Policy.DisplayName, tombstone.Actor);
        var rows = JsonSerializer.Deserialize<TombstoneAfter>(tombstone.After!, JsonSerializerOptions.Web)!.Rows;
        Assert.Equal(new AnonymisedRows(Candidates: 1, Revisions: 2, IdempotencyRecords: 2, IntegrationLogEntries: 2, AuditEvents: 3), rows);
        Assert.Contains("Retention policy: NotHired after 180 days", tombstone.After, StringComparison.Ordinal);

        // The row stays, with its ids, status and dates, for counts and links.
        var candidate = await database.QueryAsync(db => db.ExportedCandidates.AsNoTracking().SingleAsync(c => c.Id == people.Planted.Id, ct));
        Assert.Equal((PlantedPeople.PlantedId, CandidateStatus.NotHired, database.Time.GetUtcNow()), (candidate.CandidateId, candidate.Status, candidate.AnonymisedAt!.Value));
        Assert.NotNull(candidate.ActedAt);

        // A second sweep finds nothing left to do.
        Assert.Equal(new RetentionSweepResult(0, 0, 0), await Sweep.RunAsync(ct));
        Assert.Single(await TombstonesAsync());
    }

    [Fact]
    public async Task DismissedCandidate_IsAnonymisedOnDay180AfterHrActed_NotAfterItArrived()
    {
        var ct = TestContext.Current.CancellationToken;
        await people.PlantAsync();
        database.Time.Advance(TimeSpan.FromDays(30));
        Assert.True((await database.Get<CandidateDecisionService>().DismissAsync(people.Planted.Id, PlantedPeople.HrPerson, ct)).Succeeded);

        database.Time.Advance(TimeSpan.FromDays(179));
        Assert.Equal(0, (await Sweep.RunAsync(ct)).Anonymised);
        Assert.NotEmpty(await ScanAsync(PlantedPeople.PlantedMarkers));

        database.Time.Advance(TimeSpan.FromDays(1));
        Assert.Equal(1, (await Sweep.RunAsync(ct)).Anonymised);
        Assert.Empty(await ScanAsync(PlantedPeople.PlantedMarkers));
    }

    [Fact]
    public async Task UnprocessedCandidate_IsFlaggedOnDay90_ShownToHr_AndAnonymisedOnDay365()
    {
        var ct = TestContext.Current.CancellationToken;
        await people.PlantAsync();
        var received = people.Planted.ReceivedAt;
        var panel = database.Get<CandidateQueries>();

        database.Time.Advance(TimeSpan.FromDays(89));
        Assert.Equal(0, (await Sweep.RunAsync(ct)).Flagged);
        Assert.All((await panel.ListToHireAsync(new PageRequest(), ct)).Items, c => Assert.Null(c.AnonymisesOn));

        database.Time.Advance(TimeSpan.FromDays(1));
        Assert.Equal(new RetentionSweepResult(Flagged: 2, Anonymised: 0, Skipped: 0), await Sweep.RunAsync(ct));
        var shown = (await panel.ListToHireAsync(new PageRequest(), ct)).Items.Single(c => c.Id == people.Planted.Id);
        Assert.Equal(received.AddDays(365), shown.AnonymisesOn);
        Assert.Equal(0, (await Sweep.RunAsync(ct)).Flagged);

        database.Time.Advance(TimeSpan.FromDays(364 - 90));
        Assert.Equal(0, (await Sweep.RunAsync(ct)).Anonymised);
        Assert.NotEmpty(await ScanAsync(PlantedPeople.PlantedMarkers));

        database.Time.Advance(TimeSpan.FromDays(1));
        Assert.Equal(2, (await Sweep.RunAsync(ct)).Anonymised);
        Assert.Empty(await ScanAsync(PlantedPeople.PlantedMarkers));
        Assert.Empty(await ScanAsync(PlantedPeople.ControlMarkers));

        // Anonymised, it leaves the panel, and a re-export cannot bring the data back.
        Assert.Empty((await panel.ListToHireAsync(new PageRequest(), ct)).Items);
        var again = await database.Exports.ExportAsync(await database.LinkedInAsync(), PlantedPeople.PlantedExport(), ct: ct);
        Assert.Equal(database.Get<IStringLocalizer<CoreText>>()["CandidateAlreadyErased"].Value, again.Refused().Message);
        Assert.Empty(await ScanAsync(PlantedPeople.PlantedMarkers));
    }

    [Fact]
    public async Task LegalHold_KeepsTheCandidatePastEveryThreshold_UntilItIsCleared()
    {
        var ct = TestContext.Current.CancellationToken;
        await people.PlantAsync();
        await people.DoNotHirePlantedAsync();
        var admin = new Actor("sam.okoye", "Sam Okoye");
        var holds = database.Get<LegalHoldService>();
        Assert.True((await holds.ChangeAsync(new ChangeLegalHold { CandidateId = people.Planted.Id, Hold = true, Reason = "Claim 2027-114 pending" }, admin, ct)).Succeeded);
        Assert.True((await holds.ChangeAsync(new ChangeLegalHold { CandidateId = people.Control.Id, Hold = true, Reason = "Claim 2027-114 pending" }, admin, ct)).Succeeded);

        database.Time.Advance(TimeSpan.FromDays(400));
        Assert.Equal(new RetentionSweepResult(0, 0, 0), await Sweep.RunAsync(ct));
        Assert.NotEmpty(await ScanAsync(PlantedPeople.PlantedMarkers));
        Assert.NotEmpty(await ScanAsync(PlantedPeople.ControlMarkers));
        Assert.Null((await database.Get<CandidateQueries>().ListToHireAsync(new PageRequest(), ct)).Items.Single().AnonymisesOn);

        Assert.True((await holds.ChangeAsync(new ChangeLegalHold { CandidateId = people.Planted.Id, Hold = false, Reason = "Claim settled" }, admin, ct)).Succeeded);
        Assert.Equal(1, (await Sweep.RunAsync(ct)).Anonymised);
        Assert.Empty(await ScanAsync(PlantedPeople.PlantedMarkers));
        Assert.NotEmpty(await ScanAsync(PlantedPeople.ControlMarkers));

        var actions = await database.QueryAsync(db => db.AuditEvents.Where(e => e.Actor == admin.DisplayName).Select(e => e.Action).ToListAsync(ct));
        Assert.Equal([LegalHoldService.LegalHoldSet, LegalHoldService.LegalHoldSet, LegalHoldService.LegalHoldCleared], actions);
    }

    [Fact]
    public async Task Scan_CoversEveryTextColumnOfEveryTableInTheDatabaseFile()
    {
        var ct = TestContext.Current.CancellationToken;
        await using var db = CreateDbContext();
        var connection = db.Database.GetDbConnection();
        await connection.OpenAsync(ct);

        // What SQLite itself says the file holds, beside what the EF model says: a column the model forgot would show here.
        List<(string Table, string Column)> inFile = [];
        var tables = new List<string>();
        await using (var command = connection.CreateCommand())
        {
            command.CommandText = "SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite%' AND substr(name, 1, 4) <> '__EF'";
            await using var reader = await command.ExecuteReaderAsync(ct);
            while (await reader.ReadAsync(ct))
            {
                tables.Add(reader.GetString(0));
            }
        }

        foreach (var table in tables)
        {
            await using var command = connection.CreateCommand();
            command.CommandText = $"SELECT name, type FROM pragma_table_info('{table}')";
            await using var reader = await command.ExecuteReaderAsync(ct);
            while (await reader.ReadAsync(ct))
            {
                if (reader.GetString(1) == "TEXT")
                {
                    inFile.Add((table, reader.GetString(0)));
                }
            }
        }

        var scanned = PersonalDataScan.TextColumns(db);
        Assert.Equal(inFile.Order(), scanned.Order());
        Assert.Contains(("ExportedCandidates", "Email"), scanned);
        Assert.Contains(("IdempotencyRecords", "ResponseBody"), scanned);
    }

    private HireHub.Core.Data.HireHubDbContext CreateDbContext() =>
        database.Get<IDbContextFactory<HireHub.Core.Data.HireHubDbContext>>().CreateDbContext();

    private async Task<SortedDictionary<string, long>> ScanAsync(string[] markers)
    {
        await using var db = CreateDbContext();
        return await PersonalDataScan.FindAsync(db, markers);
    }

    private Task<List<AuditEvent>> TombstonesAsync() =>
        database.QueryAsync(db => db.AuditEvents.AsNoTracking().Where(e => e.Action == CandidateAnonymiser.Tombstone).ToListAsync(TestContext.Current.CancellationToken));

    private sealed record TombstoneAfter(string Reason, AnonymisedRows Rows);
}
