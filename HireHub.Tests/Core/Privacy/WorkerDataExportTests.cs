using HireHub.Core.Common;
using HireHub.Core.Features.Hiring;
using HireHub.Core.Features.Privacy;
using HireHub.Tests.Support;
using Microsoft.EntityFrameworkCore;

namespace HireHub.Tests.Core.Privacy;

/// <summary>A worker's copy of their data: the worker, employments, position assignments and the hire's audit events.</summary>
public sealed class WorkerDataExportTests : DatabaseTest
{
    [Fact]
    public async Task WorkerExport_HoldsTheWorkerEmploymentsAssignmentsAndHire_AndNothingOfOtherWorkers()
    {
        var ct = TestContext.Current.CancellationToken;
        var admin = new Actor("sam.okoye", "Sam Okoye");
        var position = await Db.Given.PositionAsync();
        var candidate = await Db.Given.CandidateAsync(c => c with { FirstName = "Ottoline", LastName = "Brackenbury" });
        var hire = await Db.Get<HiringService>().HireAsync(TestData.HireRequestFor(candidate) with { PositionId = position.Id }, TestData.HrProfessional, ct);
        var other = await Db.Given.WorkerAsync(w => w with { FirstName = "Percival", LastName = "Featherstonehaugh" });

        var export = (await Db.Get<SubjectRightsService>().ExportWorkerAsync(hire.Ok().WorkerId, admin, ct)).Ok();
        var json = SubjectDataJson.Serialize(export);

        Assert.Equal(("Ottoline", "Brackenbury", hire.Ok().PersonnelNumber), (export.Worker.FirstName, export.Worker.LastName, export.Worker.PersonnelNumber));
        Assert.Equal(TestData.DefaultLegalEntityId, Assert.Single(export.Employments).LegalEntityId);
        Assert.Equal(position.PositionNumber, Assert.Single(export.PositionAssignments).PositionNumber);
        Assert.Equal([candidate.Id], export.HiredFromCandidates);
        Assert.Equal(AuditActionsWorkerHired, Assert.Single(export.AuditEvents).Action);
        Assert.DoesNotContain("Featherstonehaugh", json, StringComparison.Ordinal);
        Assert.DoesNotContain(other.PersonnelNumber, json, StringComparison.Ordinal);

        await using var db = Db.CreateDbContext();
        var audit = await db.AuditEvents.SingleAsync(e => e.Action == SubjectRightsService.WorkerDataExported, ct);
        Assert.Equal((admin.DisplayName, hire.Ok().WorkerId.ToString(), (string?)null), (audit.Actor, audit.EntityId, audit.After));
        Assert.Equal(ProblemKind.NotFound, (await Db.Get<SubjectRightsService>().ExportWorkerAsync(Guid.NewGuid(), admin, ct)).Refused().Kind);
    }

    [Fact]
    public async Task Erase_AHiredCandidate_IsRefused_BecauseTheWorkerRecordHasItsOwnLegalBasis()
    {
        var ct = TestContext.Current.CancellationToken;
        var candidate = await Db.Given.CandidateAsync();
        Assert.True((await Db.Get<HiringService>().HireAsync(TestData.HireRequestFor(candidate), TestData.HrProfessional, ct)).Succeeded);

        var refused = await Db.Get<SubjectRightsService>().EraseCandidateAsync(candidate.Id, new Actor("sam.okoye", "Sam Okoye"), ct);

        Assert.Equal((ProblemKind.Conflict, Db.Text["CandidateHiredNotErasable"].Value), (refused.Refused().Kind, refused.Refused().Message));
        await using var db = Db.CreateDbContext();
        Assert.Equal(candidate.Email, (await db.ExportedCandidates.SingleAsync(c => c.Id == candidate.Id, ct)).Email);
    }

    private const string AuditActionsWorkerHired = HireHub.Core.Features.Audit.AuditActions.WorkerHired;
}
