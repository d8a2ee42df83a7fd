using HireHub.Core.Common;
using HireHub.Core.Data;
using HireHub.Core.Domain;
using HireHub.Core.Features.Hiring;
using HireHub.Tests.Core.Onboarding;
using HireHub.Tests.Support;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace HireHub.Tests.Core.Hiring;

/// <summary>Hire selected: every candidate is hired on their own, by the single hire's rules, with a result per row.</summary>
public sealed class BulkHireTests : DatabaseTest
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    private static BulkHire Shared(params BulkHireRow[] rows) => new() { LegalEntityId = TestData.DefaultLegalEntityId, WorkerType = WorkerType.Employee, Rows = rows };

    [Fact]
    public async Task HireSelected_ThreeCandidates_HiresEachWithTheirOwnNumberStartDatePositionAndChecklists()
    {
        var general = await Db.ChecklistAsync("General onboarding", [new("Send contract", -10), new("Welcome", 0)]);
        var position = await Db.Given.PositionAsync();
        var ann = await Db.Given.CandidateAsync(c => c with { StartInDays = 10 });
        var ben = await Db.Given.CandidateAsync(c => c with { StartInDays = 20 });
        var cat = await Db.Given.CandidateAsync(c => c with { StartInDays = 30 });
        var reported = new List<BulkHireOutcome>();

        var result = await Db.Get<BulkHiringService>().HireAsync(
            Shared(new(ann.Id), new(ben.Id, position.Id), new(cat.Id)) with { ChecklistTemplateIds = [general.Id] },
            TestData.HrProfessional,
            outcome => { reported.Add(outcome); return Task.CompletedTask; },
            Ct);

        Assert.True(result.Succeeded, result.Problem?.Message);
        Assert.Equal(
            [(ann.Id, BulkHireOutcomeKind.Hired, "000001"), (ben.Id, BulkHireOutcomeKind.Hired, "000002"), (cat.Id, BulkHireOutcomeKind.Hired, "000003")],
            result.Ok().Select(o => (o.CandidateId, o.Kind, o.PersonnelNumber)));
        Assert.Equal(result.Value, reported);
        await using var db = Db.CreateDbContext();
        Assert.Equal(
            [("000001", Db.Today.AddDays(10)), ("000002", Db.Today.AddDays(20)), ("000003", Db.Today.AddDays(30))],
            await db.Employments.AsNoTracking().OrderBy(e => e.Worker!.PersonnelNumber).Select(e => ValueTuple.Create(e.Worker!.PersonnelNumber, e.StartDate)).ToListAsync(Ct));
        Assert.Equal("000002", await db.PositionAssignments.AsNoTracking().Where(a => a.PositionId == position.Id).Select(a => a.Worker!.PersonnelNumber).SingleAsync(Ct));
        Assert.Equal(6, await db.OnboardingTasks.CountAsync(Ct));
        Assert.Equal(3, await db.ExportedCandidates.CountAsync(c => c.Status == CandidateStatus.Hired, Ct));
    }

    [Fact]
    public async Task HireSelected_WithOneDateForAll_StartsEveryoneThen()
    {
        var ann = await Db.Given.CandidateAsync(c => c with { StartInDays = 10 });
        var ben = await Db.Given.CandidateAsync(c => c with { StartInDays = null });

        var result = await Db.Get<BulkHiringService>().HireAsync(Shared(new(ann.Id), new(ben.Id)) with { StartDateForAll = Db.Today.AddDays(15) }, TestData.HrProfessional, ct: Ct);

        Assert.All(result.Ok(), o => Assert.Equal(BulkHireOutcomeKind.Hired, o.Kind));
        await using var db = Db.CreateDbContext();
        Assert.All(await db.Employments.AsNoTracking().ToListAsync(Ct), e => Assert.Equal(Db.Today.AddDays(15), e.StartDate));
    }

    [Fact]
    public async Task HireSelected_LeavesAPossibleDuplicateForTheSingleDialog_SaysWhyForAnIncompleteOne_AndHiresTheRest()
    {
        var existing = await Db.Given.WorkerAsync(w => w with { FirstName = "Tony", LastName = "Krijnen" });
        var tony = await Db.Given.CandidateAsync(c => c with { FirstName = "Tony", LastName = "Krijnen" });
        var noPhone = await Db.Given.CandidateAsync(c => c with { Phone = null });
        var ann = await Db.Given.CandidateAsync();

        var result = await Db.Get<BulkHiringService>().HireAsync(Shared(new(tony.Id), new(noPhone.Id), new(ann.Id)), TestData.HrProfessional, ct: Ct);

        Assert.Equal(
            [
                (BulkHireOutcomeKind.PossibleDuplicate, Db.Text["BulkHirePossibleDuplicate", "Tony Krijnen", existing.PersonnelNumber].Value),
                (BulkHireOutcomeKind.NotHired, Db.Text["PhoneRequired"].Value),
                (BulkHireOutcomeKind.Hired, (string?)null),
            ],
            result.Ok().Select(o => (o.Kind, o.Message)));
        await using var db = Db.CreateDbContext();
        Assert.Equal([ann.Id], await db.ExportedCandidates.Where(c => c.Status == CandidateStatus.Hired).Select(c => c.Id).ToListAsync(Ct));
    }

    [Fact]
    public async Task HireSelected_WhenOneRowsTransactionFails_TheOthersStayHired()
    {
        var failing = new FailingCommands();
        await using var db = await TestDatabase.CreateAsync(configureServices: s => s.ConfigureDbContext<SqliteHireHubDbContext>(o => o.AddInterceptors(failing)));
        var ann = await db.Given.CandidateAsync();
        var ben = await db.Given.CandidateAsync();
        var cat = await db.Given.CandidateAsync();
        var rows = 0;

        var result = await db.Get<BulkHiringService>().HireAsync(Shared(new(ann.Id), new(ben.Id), new(cat.Id)), TestData.HrProfessional, _ =>
        {
            // The second row's audit insert fails for good, once: that hire rolls back alone.
            if (++rows == 1)
            {
                failing.FailNext("INSERT INTO \"AuditEvents\"", transient: false);
            }

            return Task.CompletedTask;
        }, Ct);

        Assert.Equal(1, failing.Failures);
        Assert.Equal([BulkHireOutcomeKind.Hired, BulkHireOutcomeKind.NotHired, BulkHireOutcomeKind.Hired], result.Ok().Select(o => o.Kind));
        await using var context = db.CreateDbContext();
        Assert.Equal(new[] { ann.Id, cat.Id }.Order(), (await context.ExportedCandidates.Where(c => c.Status == CandidateStatus.Hired).Select(c => c.Id).ToListAsync(Ct)).Order());
        Assert.Equal(CandidateStatus.NotProcessed, (await context.ExportedCandidates.AsNoTracking().SingleAsync(c => c.Id == ben.Id, Ct)).Status);
        // Numbers stay gapless: the failed row gave its number back to the next one.
        Assert.Equal(["000001", "000002"], await context.Workers.OrderBy(w => w.PersonnelNumber).Select(w => w.PersonnelNumber).ToListAsync(Ct));
    }

    [Fact]
    public async Task HireSelected_MoreThanAHundredOrOnePositionTwice_IsRefusedBeforeAnyHire()
    {
        var position = await Db.Given.PositionAsync();
        var ann = await Db.Given.CandidateAsync();
        var ben = await Db.Given.CandidateAsync();
        var before = await Db.SnapshotAsync();
        var bulk = Db.Get<BulkHiringService>();

        var tooMany = await bulk.HireAsync(Shared([.. Enumerable.Range(0, BulkHire.MaxCandidates + 1).Select(_ => new BulkHireRow(Guid.NewGuid()))]), TestData.HrProfessional, ct: Ct);
        var samePosition = await bulk.HireAsync(Shared(new(ann.Id, position.Id), new(ben.Id, position.Id)), TestData.HrProfessional, ct: Ct);

        Assert.Equal(Db.Text["BulkHireTooMany", BulkHire.MaxCandidates].Value, tooMany.Problem?.Message);
        Assert.Equal(Db.Text["BulkHirePositionTwice"].Value, samePosition.Problem?.Message);
        Assert.Equal(before, await Db.SnapshotAsync());
    }
}
