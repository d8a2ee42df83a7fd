using System.Text.Json;
using HireHub.Core;
using HireHub.Core.Common;
using HireHub.Core.Domain;
using HireHub.Core.Features.Privacy;
using HireHub.Tests.Core.Exports;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;

namespace HireHub.Tests.Core.Privacy;

/// <summary>An administrator erases a candidate now, or downloads what HireHub holds about a candidate or a worker.</summary>
public sealed class SubjectRightsTests : IAsyncLifetime
{
    private static readonly Actor Admin = new("sam.okoye", "Sam Okoye");

    private ExportsDatabase database = null!;
    private PlantedPeople people = null!;

    private SubjectRightsService Rights => database.Get<SubjectRightsService>();

    private IStringLocalizer<CoreText> Text => database.Get<IStringLocalizer<CoreText>>();

    public async ValueTask InitializeAsync()
    {
        database = await ExportsDatabase.CreateAsync();
        people = new PlantedPeople(database);
        await people.PlantAsync();
    }

    public ValueTask DisposeAsync() => database.DisposeAsync();

    [Fact]
    public async Task Erase_RemovesTheCandidatesDataAtOnce_AndLeavesOthersAlone()
    {
        var ct = TestContext.Current.CancellationToken;

        var erased = await Rights.EraseCandidateAsync(people.Planted.Id, Admin, ct);

        Assert.Equal(new AnonymisedRows(Candidates: 1, Revisions: 2, IdempotencyRecords: 2, IntegrationLogEntries: 2, AuditEvents: 2), erased.Value);
        Assert.Empty(await ScanAsync(PlantedPeople.PlantedMarkers));
        Assert.NotEmpty(await ScanAsync(PlantedPeople.ControlMarkers));
        var tombstone = await database.QueryAsync(db => db.AuditEvents.SingleAsync(e => e.Action == CandidateAnonymiser.Tombstone, ct));
        Assert.Equal((Admin.DisplayName, people.Planted.Id.ToString()), (tombstone.Actor, tombstone.EntityId));
        Assert.Contains(SubjectRightsService.ErasureRequest, tombstone.After, StringComparison.Ordinal);

        var again = await Rights.EraseCandidateAsync(people.Planted.Id, Admin, ct);
        Assert.Equal((ProblemKind.Conflict, Text["CandidateAlreadyErased"].Value), (again.Refused().Kind, again.Refused().Message));
    }

    [Fact]
    public async Task Erase_UnderLegalHold_IsRefusedAndChangesNothing()
    {
        var ct = TestContext.Current.CancellationToken;
        Assert.True((await database.Get<LegalHoldService>().ChangeAsync(new ChangeLegalHold { CandidateId = people.Planted.Id, Hold = true, Reason = "Tribunal case 44" }, Admin, ct)).Succeeded);
        var before = await ScanAsync(PlantedPeople.PlantedMarkers);

        var refused = await Rights.EraseCandidateAsync(people.Planted.Id, Admin, ct);

        Assert.Equal((ProblemKind.Conflict, Text["CandidateOnLegalHold"].Value), (refused.Refused().Kind, refused.Refused().Message));
        Assert.Equal(before, await ScanAsync(PlantedPeople.PlantedMarkers));
        Assert.False(await database.QueryAsync(db => db.AuditEvents.AnyAsync(e => e.Action == CandidateAnonymiser.Tombstone, ct)));
    }

    [Fact]
    public async Task Erase_AnUnknownCandidate_IsNotFound()
    {
        var result = await Rights.EraseCandidateAsync(Guid.NewGuid(), Admin, TestContext.Current.CancellationToken);
        Assert.Equal((ProblemKind.NotFound, Text["CandidateNotFound"].Value), (result.Refused().Kind, result.Refused().Message));
    }

    [Fact]
    public async Task LegalHold_WithoutAReason_IsRefused()
    {
        var result = await database.Get<LegalHoldService>().ChangeAsync(new ChangeLegalHold { CandidateId = people.Planted.Id, Hold = true, Reason = " " }, Admin, TestContext.Current.CancellationToken);
        Assert.Equal([Text["LegalHoldReasonRequired"].Value], result.Refused().Errors![nameof(ChangeLegalHold.Reason)]);
        Assert.False(await database.QueryAsync(db => db.ExportedCandidates.AnyAsync(c => c.LegalHold, TestContext.Current.CancellationToken)));
    }

    [Fact]
    public async Task CandidateExport_HoldsThePlantedDataFromEveryTable_AndNothingOfAnyoneElse()
    {
        var ct = TestContext.Current.CancellationToken;
        await people.DoNotHirePlantedAsync();

        var export = (await Rights.ExportCandidateAsync(people.Planted.Id, Admin, ct)).Ok();
        var json = SubjectDataJson.Serialize(export);

        Assert.Equal(("Zephyrine", "zephyrine.quillfeather@example.org", "+14255550143"), (export.Candidate.FirstName, export.Candidate.Email, export.Candidate.Phone));
        Assert.Equal(2, export.Revisions.Count);
        Assert.Equal(["key-batch", "key-planted"], export.IdempotencyRecords.Select(r => r.Key).Order());
        Assert.Single(export.IntegrationLog);
        Assert.Equal(["CandidateExported", "CandidateReExported", "CandidateNotHired"], export.AuditEvents.Select(e => e.Action));
        Assert.Contains("Quillfeather took another offer", json, StringComparison.Ordinal);

        // Nothing of the control, not even its id in the batch both were exported in.
        Assert.All(PlantedPeople.ControlMarkers.Append(people.Control.Id.ToString()).Append(PlantedPeople.ControlId), m => Assert.DoesNotContain(m, json, StringComparison.OrdinalIgnoreCase));
        using var parsed = JsonDocument.Parse(json);
        Assert.Equal("NotHired", parsed.RootElement.GetProperty("candidate").GetProperty("status").GetString());

        var audit = await database.QueryAsync(db => db.AuditEvents.Where(e => e.Action == SubjectRightsService.CandidateDataExported).ToListAsync(ct));
        Assert.Equal((Admin.DisplayName, people.Planted.Id.ToString(), (string?)null), (Assert.Single(audit).Actor, audit[0].EntityId, audit[0].After));
    }

    private async Task<SortedDictionary<string, long>> ScanAsync(string[] markers)
    {
        await using var db = database.Get<IDbContextFactory<HireHub.Core.Data.HireHubDbContext>>().CreateDbContext();
        return await PersonalDataScan.FindAsync(db, markers);
    }
}
