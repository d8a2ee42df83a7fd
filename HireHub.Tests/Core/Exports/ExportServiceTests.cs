using HireHub.Core.Common;
using HireHub.Core.Data;
using HireHub.Core.Domain;
using HireHub.Core.Features.Audit;
using HireHub.Core.Features.Exports;
using Microsoft.EntityFrameworkCore;

namespace HireHub.Tests.Core.Exports;

/// <summary>ExportService on a real SQLite file: create, revise, leave alone, refuse, replay.</summary>
public sealed class ExportServiceTests : IAsyncLifetime
{
    private ExportsDatabase database = null!;
    private ExportSource linkedIn = null!;

    public async ValueTask InitializeAsync()
    {
        database = await ExportsDatabase.CreateAsync();
        linkedIn = await database.LinkedInAsync();
    }

    public ValueTask DisposeAsync() => database.DisposeAsync();

    [Fact]
    public async Task Export_OfANewCandidate_StoresItNormalisedWithAnAuditEventInTheSameWrite()
    {
        var export = Exported.Candidate("LI-1", c => (c.FirstName, c.Phone, c.MiddleName) = ("  Maria ", "(425) 555-0199", " "));

        var result = await database.Exports.ExportAsync(linkedIn, export, ct: TestContext.Current.CancellationToken);

        Assert.Equal(ExportOutcome.Created, result.Ok().Outcome);
        var stored = await database.QueryAsync(db => db.ExportedCandidates.AsNoTracking().SingleAsync(c => c.CandidateId == "LI-1"));
        Assert.Equal(("Maria", null, "+14255550199", new DateOnly(2027, 4, 1), 1), (stored.FirstName, stored.MiddleName, stored.Phone, stored.StartDate, stored.Revision));
        Assert.Equal(database.Time.GetUtcNow(), stored.ReceivedAt);
        var audit = await database.QueryAsync(db => db.AuditEvents.AsNoTracking().SingleAsync(a => a.EntityId == stored.Id.ToString()));
        Assert.Equal((AuditActions.CandidateExported, ReferenceData.LinkedInApplicationUserName), (audit.Action, audit.Actor));
    }

    [Fact]
    public async Task Export_OfAChangedCandidate_RaisesTheRevisionAndKeepsOneRecordPerChangedField()
    {
        await database.Exports.ExportAsync(linkedIn, Exported.Candidate("LI-2"), ct: TestContext.Current.CancellationToken);
        database.Time.Advance(TimeSpan.FromHours(1));

        var result = await database.Exports.ExportAsync(linkedIn, Exported.Candidate("LI-2", c => (c.StartDate, c.Recruiter!.Email) = ("2027-05-03", "mark.hanson@contoso.com")), ct: TestContext.Current.CancellationToken);

        var receipt = result.Ok();
        Assert.Equal((ExportOutcome.Updated, 2), (receipt.Outcome, receipt.Candidate.Revision));
        Assert.Equal(database.Time.GetUtcNow(), receipt.Candidate.UpdatedAt);
        var changes = await database.Queries.LatestChangesAsync(receipt.Candidate.Id, TestContext.Current.CancellationToken);
        Assert.Equal(
            [("startDate", "2027-04-01", "2027-05-03"), ("recruiter.email", "lisa.taylor@contoso.com", "mark.hanson@contoso.com")],
            changes.Select(c => (c.Field, c.OldValue, c.NewValue)));
        Assert.True(await database.QueryAsync(db => db.AuditEvents.AnyAsync(a => a.Action == AuditActions.CandidateReExported && a.EntityId == receipt.Candidate.Id.ToString())));
    }

    [Fact]
    public async Task Export_WithNothingChanged_WritesNothing()
    {
        var first = await database.Exports.ExportAsync(linkedIn, Exported.Candidate("LI-3"), ct: TestContext.Current.CancellationToken);
        database.Time.Advance(TimeSpan.FromHours(1));

        // Spelled differently, the same values: surrounding spaces, the phone number written another way.
        var result = await database.Exports.ExportAsync(linkedIn, Exported.Candidate("LI-3", c => (c.LastName, c.Phone) = (" Campbell ", "425-555-0199")), ct: TestContext.Current.CancellationToken);

        Assert.Equal((ExportOutcome.Unchanged, 1), (result.Ok().Outcome, result.Ok().Candidate.Revision));
        Assert.Equal(first.Ok().Candidate.UpdatedAt, result.Ok().Candidate.UpdatedAt);
        Assert.Equal(1, await database.QueryAsync(db => db.AuditEvents.CountAsync()));
        Assert.False(await database.QueryAsync(db => db.CandidateRevisions.AnyAsync()));
    }

    [Fact]
    public async Task Export_OfAHiredCandidate_IsAConflictThatChangesNothing()
    {
        var first = await database.Exports.ExportAsync(linkedIn, Exported.Candidate("LI-4"), ct: TestContext.Current.CancellationToken);
        await database.QueryAsync(db => db.ExportedCandidates.Where(c => c.Id == first.Ok().Candidate.Id)
            .ExecuteUpdateAsync(s => s.SetProperty(c => c.Status, CandidateStatus.Hired).SetProperty(c => c.ActedBy, "Hanna Reyes").SetProperty(c => c.ActedAt, database.Time.GetUtcNow())));

        var result = await database.Exports.ExportAsync(linkedIn, Exported.Candidate("LI-4", c => c.JobTitle = "Architect"), ct: TestContext.Current.CancellationToken);

        Assert.Equal(ProblemKind.Conflict, result.Refused().Kind);
        Assert.StartsWith("This candidate was already hired by Hanna Reyes", result.Refused().Message, StringComparison.Ordinal);
        Assert.Equal("Software Engineer", await database.QueryAsync(db => db.ExportedCandidates.Where(c => c.CandidateId == "LI-4").Select(c => c.JobTitle).SingleAsync()));
    }

    [Fact]
    public async Task Export_OfAnInvalidCandidate_StoresNothingAndLeavesTheKeyFreeForTheCorrectedRetry()
    {
        var invalid = await database.Exports.ExportAsync(linkedIn, Exported.Candidate("LI-5", c => c.Email = "nope"), "key-5", TestContext.Current.CancellationToken);
        var corrected = await database.Exports.ExportAsync(linkedIn, Exported.Candidate("LI-5"), "key-5", TestContext.Current.CancellationToken);

        Assert.Equal(ProblemKind.Invalid, invalid.Refused().Kind);
        Assert.Equal(["Email"], invalid.Refused().Errors!.Keys);
        Assert.Equal(ExportOutcome.Created, corrected.Ok().Outcome);
    }

    [Fact]
    public async Task Export_ReplayedWithItsKey_ReturnsTheFirstReceiptWithoutWriting()
    {
        var first = await database.Exports.ExportAsync(linkedIn, Exported.Candidate("LI-6"), "key-6", TestContext.Current.CancellationToken);
        database.Time.Advance(TimeSpan.FromHours(23));

        var replay = await database.Exports.ExportAsync(linkedIn, Exported.Candidate("LI-6"), "key-6", TestContext.Current.CancellationToken);

        Assert.True(replay.Ok().Replayed);
        Assert.Equal(first.Ok().Candidate, replay.Ok().Candidate);
        Assert.Equal(ExportOutcome.Created, replay.Ok().Outcome);
        Assert.Equal(1, await database.QueryAsync(db => db.AuditEvents.CountAsync()));
    }

    [Fact]
    public async Task Export_WithAKeyUsedByAnotherCaller_IsNotAReplay()
    {
        var other = linkedIn with { Actor = new Actor("another-client", "Another ATS") };
        await database.Exports.ExportAsync(linkedIn, Exported.Candidate("LI-7"), "shared-key", TestContext.Current.CancellationToken);

        var result = await database.Exports.ExportAsync(other, Exported.Candidate("LI-8"), "shared-key", TestContext.Current.CancellationToken);

        Assert.Equal((ExportOutcome.Created, false), (result.Ok().Outcome, result.Ok().Replayed));
    }

    [Fact]
    public async Task Export_WithAKeyOlderThan24Hours_IsANewRequest()
    {
        await database.Exports.ExportAsync(linkedIn, Exported.Candidate("LI-9"), "old-key", TestContext.Current.CancellationToken);
        database.Time.Advance(TimeSpan.FromHours(24) + TimeSpan.FromSeconds(1));

        var result = await database.Exports.ExportAsync(linkedIn, Exported.Candidate("LI-10"), "old-key", TestContext.Current.CancellationToken);

        Assert.Equal(ExportOutcome.Created, result.Ok().Outcome);
    }

    [Fact]
    public async Task Export_WithAKeyReusedForAnotherCandidate_IsRefusedAsKeyReused()
    {
        await database.Exports.ExportAsync(linkedIn, Exported.Candidate("LI-11"), "reused", TestContext.Current.CancellationToken);

        var result = await database.Exports.ExportAsync(linkedIn, Exported.Candidate("LI-12"), "reused", TestContext.Current.CancellationToken);

        Assert.Equal(ProblemKind.KeyReused, result.Refused().Kind);
        Assert.False(await database.QueryAsync(db => db.ExportedCandidates.AnyAsync(c => c.CandidateId == "LI-12")));
    }

    [Fact]
    public async Task Batch_WithTheSameCandidateTwice_CreatesItThenRevisesIt()
    {
        var result = await database.Exports.ExportBatchAsync(linkedIn, [Exported.Candidate("LI-14"), Exported.Candidate("LI-14", c => c.Location = "Seattle, WA")], "batch", TestContext.Current.CancellationToken);

        Assert.Equal([ExportOutcome.Created, ExportOutcome.Updated], result.Ok().Items.Select(i => i.Outcome));
        var stored = await database.QueryAsync(db => db.ExportedCandidates.AsNoTracking().SingleAsync(c => c.CandidateId == "LI-14"));
        Assert.Equal(("Seattle, WA", 2), (stored.Location, stored.Revision));
    }

    [Theory]
    [InlineData(0)]
    [InlineData(201)]
    public async Task List_WithALimitOutside1To200_IsInvalid(int limit)
    {
        var result = await database.Queries.ListAsync(linkedIn.ConnectionId, new ExportListQuery(Limit: limit), TestContext.Current.CancellationToken);

        Assert.Equal(["Limit"], result.Refused().Errors!.Keys);
    }
}
