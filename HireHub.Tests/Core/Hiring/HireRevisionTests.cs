using HireHub.Core.Common;
using HireHub.Core.Domain;
using HireHub.Core.Features.Audit;
using HireHub.Core.Features.Exports;
using HireHub.Core.Features.Hiring;
using HireHub.Tests.Support;
using Microsoft.EntityFrameworkCore;

namespace HireHub.Tests.Core.Hiring;

/// <summary>
/// A hire is decided on the revision of the export HR saw. When the ATS re-exports the candidate meanwhile, the hire is
/// refused with nothing stored, and HR is shown every change since that revision, not only the last one.
/// </summary>
public sealed class HireRevisionTests : DatabaseTest
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    private HiringService Hiring => Db.Get<HiringService>();

    [Fact]
    public async Task Hire_AfterTheAtsRevisedTheCandidateSinceTheDialogOpened_IsRefusedAndStoresNothing()
    {
        var zoe = await ExportAsync(c => c);
        var draft = (await Hiring.PrepareAsync(zoe, Ct)).Value!;
        Assert.Equal(1, draft.Request.Revision);
        await ExportAsync(c => c with { StartDate = Iso(17), JobTitle = "Staff Engineer", Phone = "+1 425 555 0177" });
        var before = await Db.SnapshotAsync();

        var result = await Hiring.HireAsync(draft.Request, TestData.HrProfessional, Ct);

        Assert.Equal(ProblemKind.Conflict, result.Problem?.Kind);
        Assert.Equal(
            "The ATS changed Zoe Martin after you opened this dialog (revision 1, now 2). Nothing was stored: review what changed and hire again.",
            result.Problem!.Message);
        Assert.Equal(before, await Db.SnapshotAsync());
        await using var db = Db.CreateDbContext();
        Assert.Equal(CandidateStatus.NotProcessed, (await db.ExportedCandidates.SingleAsync(c => c.Id == zoe, Ct)).Status);
        Assert.False(await db.Workers.AnyAsync(Ct));
    }

    [Fact]
    public async Task ChangesSince_AfterTwoReExports_ListsEveryChangeSinceTheRevisionSeenFromItsValueThenToItsValueNow()
    {
        var zoe = await ExportAsync(c => c);
        await ExportAsync(c => c with { StartDate = Iso(17), Phone = "+1 425 555 0177" });
        await ExportAsync(c => c with { StartDate = Iso(24), Phone = "+1 425 555 0177", JobTitle = "Staff Engineer" });

        var sinceFirst = await Hiring.ChangesSinceAsync(zoe, 1, Ct);
        var sinceSecond = await Hiring.ChangesSinceAsync(zoe, 2, Ct);

        Assert.Equal((1, 3, true), (sinceFirst!.SeenRevision, sinceFirst.Revision, sinceFirst.Any));
        Assert.Equal(
            [
                new CandidateChange("phone", "+14255550100", "+14255550177"),
                new CandidateChange("startDate", Iso(10), Iso(24)),
                new CandidateChange("jobTitle", "Software Engineer", "Staff Engineer"),
            ],
            sinceFirst.Changes);
        Assert.Equal(
            [new CandidateChange("startDate", Iso(17), Iso(24)), new CandidateChange("jobTitle", "Software Engineer", "Staff Engineer")],
            sinceSecond!.Changes);
    }

    [Fact]
    public async Task ChangesSince_OfAFieldChangedAndChangedBack_LeavesItOut_AndOfTheCurrentRevision_IsEmpty()
    {
        var zoe = await ExportAsync(c => c);
        await ExportAsync(c => c with { JobTitle = "Staff Engineer", Location = "Seattle, WA" });
        await ExportAsync(c => c with { Location = "Seattle, WA" });

        var sinceFirst = await Hiring.ChangesSinceAsync(zoe, 1, Ct);
        var sinceNow = await Hiring.ChangesSinceAsync(zoe, 3, Ct);

        Assert.Equal([new CandidateChange("location", "Redmond, WA", "Seattle, WA")], sinceFirst!.Changes);
        Assert.Equal((3, 3, false), (sinceNow!.SeenRevision, sinceNow.Revision, sinceNow.Any));
        Assert.Empty(sinceNow.Changes);
        Assert.Null(await Hiring.ChangesSinceAsync(Guid.NewGuid(), 1, Ct));
    }

    [Fact]
    public async Task Hire_OfTheRevisionHrAppliedAfterAReExport_SucceedsAndRecordsThatRevision()
    {
        var zoe = await ExportAsync(c => c);
        var draft = (await Hiring.PrepareAsync(zoe, Ct)).Value!;
        await ExportAsync(c => c with { StartDate = Iso(17) });
        var changes = (await Hiring.ChangesSinceAsync(zoe, draft.Request.Revision, Ct))!;
        var applied = draft.Request with { Revision = changes.Revision, StartDate = Db.Today.AddDays(17) };

        var result = await Hiring.HireAsync(applied, TestData.HrProfessional, Ct);

        Assert.True(result.Succeeded, result.Problem?.Message);
        await using var db = Db.CreateDbContext();
        var hired = await db.ExportedCandidates.AsNoTracking().Include(c => c.HiredEmployment).SingleAsync(c => c.Id == zoe, Ct);
        Assert.Equal((CandidateStatus.Hired, 2, Db.Today.AddDays(17)), (hired.Status, hired.HiredRevision, hired.HiredEmployment!.StartDate));
        var audit = await db.AuditEvents.AsNoTracking().SingleAsync(e => e.Action == AuditActions.WorkerHired, Ct);
        Assert.Contains("\"hiredRevision\":2", audit.After, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Hire_WithoutTheRevisionSeen_IsInvalid()
    {
        var zoe = await ExportAsync(c => c);
        var draft = (await Hiring.PrepareAsync(zoe, Ct)).Value!;

        var result = await Hiring.HireAsync(draft.Request with { Revision = 0 }, TestData.HrProfessional, Ct);

        Assert.Equal(ProblemKind.Invalid, result.Problem?.Kind);
        Assert.True(result.Problem!.Errors!.ContainsKey(nameof(HireNewWorker.Revision)));
    }

    [Fact]
    public async Task FindForTheApi_OfAHiredCandidate_ShowsWhatHrRecordedBesideWhatTheAtsSent()
    {
        var position = await Db.Given.PositionAsync(p => p with { PositionNumber = "000777", Title = "Platform Engineer" });
        var zoe = await ExportAsync(c => c);
        var draft = (await Hiring.PrepareAsync(zoe, Ct)).Value!;
        var request = draft.Request with { StartDate = Db.Today.AddDays(14), AssignmentStartDate = Db.Today.AddDays(14), PositionId = position.Id };
        var hire = (await Hiring.HireAsync(request, TestData.HrProfessional, Ct)).Value!;
        var connection = await Db.Given.DefaultConnectionAsync();

        var resource = (await Db.Get<ExportQueries>().FindAsync(connection.Id, zoe, Ct))!;
        var listed = Assert.Single((await Db.Get<ExportQueries>().ListAsync(connection.Id, new ExportListQuery(), Ct)).Value!.Items);
        var history = Assert.Single((await Db.Get<ExportHistory>().ListAsync(new PageRequest(), Ct)).Items);

        Assert.Equal(Db.Today.AddDays(10), resource.StartDate);
        Assert.Equal("Software Engineer", resource.JobTitle);
        var recorded = new HireRecordResource(hire.PersonnelNumber, TestData.DefaultLegalEntityId, "000777", "Platform Engineer", Db.Today.AddDays(14), 1);
        Assert.Equal(recorded, resource.Hire);
        Assert.Equal(recorded, listed.Hire);
        Assert.Equal(recorded, history.Hire);
    }

    [Fact]
    public async Task FindForTheApi_OfACandidateNotHired_HasNoHireRecord()
    {
        var zoe = await ExportAsync(c => c);
        var connection = await Db.Given.DefaultConnectionAsync();

        Assert.Null((await Db.Get<ExportQueries>().FindAsync(connection.Id, zoe, Ct))!.Hire);
    }

    private string Iso(int days) => Db.Today.AddDays(days).ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture);

    /// <summary>Zoe Martin, as the default connection's ATS exports her: first as given, again with what a test changes.</summary>
    private async Task<Guid> ExportAsync(Func<ExportCandidate, ExportCandidate> change)
    {
        var connection = await Db.Given.DefaultConnectionAsync();
        var source = new ExportSource(connection.Id, connection.DefaultPhoneRegion, new Actor("ats", "Contoso Careers ATS"));
        var zoe = new ExportCandidate
        {
            CandidateId = "ZOE-1", FirstName = "Zoe", LastName = "Martin", Email = "zoe.martin@example.com", Phone = "+1 425 555 0100",
            StartDate = Iso(10), JobTitle = "Software Engineer", Location = "Redmond, WA",
        };
        var receipt = await Db.Get<ExportService>().ExportAsync(source, change(zoe), ct: Ct);
        Assert.True(receipt.Succeeded, receipt.Problem?.Message);
        return receipt.Value!.Candidate.Id;
    }
}
