using HireHub.Core.Common;
using HireHub.Core.Data;
using HireHub.Core.Features.Candidates;
using HireHub.Core.Features.Hiring;
using HireHub.Core.Features.Organization;
using HireHub.Core.Features.Workers;
using HireHub.Tests.Support;
using Microsoft.EntityFrameworkCore;

namespace HireHub.Tests.Core.Data;

/// <summary>The Development workspace a newcomer opens: it must let them hire at once and show every kind of row.</summary>
public sealed class DemoDataTests : DatabaseTest
{
    protected override bool SeedDemoData => true;

    [Fact]
    public async Task Seed_CreatesLegalEntitiesPositionsAndWorkers()
    {
        var ct = TestContext.Current.CancellationToken;
        await using var db = Db.CreateDbContext();

        Assert.Equal(["DEMF", "GBSI", "USMF", "USRT"], (await Db.Get<OrganizationQueries>().LegalEntitiesAsync(ct)).Select(e => e.Id));
        Assert.Equal(20, await db.Positions.CountAsync(ct));
        Assert.Equal(9, await db.Workers.CountAsync(ct));
        Assert.Equal(9, await db.Employments.CountAsync(ct));
        // Demo candidates arrive through the reference connections; the demo adds none of its own.
        Assert.Equal(["LinkedIn Talent Hub", "Manual entry"], await db.AtsConnections.OrderBy(c => c.Name).Select(c => c.Name).ToListAsync(ct));
    }

    [Fact]
    public async Task Seed_LeavesSomePositionsVacantInEveryLegalEntity()
    {
        var hiring = Db.Get<HiringService>();
        var vacant = new Dictionary<string, int>();
        foreach (var entity in new[] { "USMF", "USRT", "DEMF", "GBSI" })
        {
            vacant[entity] = (await hiring.FindVacantPositionsAsync(entity, null, TestContext.Current.CancellationToken)).Count;
        }

        Assert.All(vacant, v => Assert.True(v.Value > 0, $"{v.Key} has no vacant position."));
        Assert.Equal(12, vacant.Values.Sum());
    }

    [Fact]
    public async Task Seed_QueuesCandidatesToHireIncludingSomeWithMissingData()
    {
        var page = await Db.Get<CandidateQueries>().ListToHireAsync(new PageRequest(PageSize: PageRequest.MaxPageSize), TestContext.Current.CancellationToken);

        Assert.Equal(25, page.TotalCount);
        var missing = page.Items.Select(c => c.Missing).ToList();
        Assert.Contains(MissingHireData.Email, missing);
        Assert.Contains(MissingHireData.Phone, missing);
        Assert.Contains(MissingHireData.StartDate, missing);
        Assert.Contains(MissingHireData.StartDateInPast, missing);
        Assert.True(missing.Count(m => m == MissingHireData.None) >= 15);
    }

    [Fact]
    public async Task Seed_StoresEveryPhoneNumberInE164AsTheApiWould()
    {
        var ct = TestContext.Current.CancellationToken;
        await using var db = Db.CreateDbContext();
        var phones = await db.ExportedCandidates.Where(c => c.Phone != null).Select(c => c.Phone!)
            .Concat(db.Workers.Where(w => w.Phone != null).Select(w => w.Phone!)).ToListAsync(ct);

        Assert.NotEmpty(phones);
        Assert.All(phones, phone => Assert.Matches(@"^\+[1-9][0-9]{6,14}$", phone));
        Assert.All(phones, phone => Assert.Equal(PhoneNumberFormat.NormalizeOrNull(phone), phone));
        // The demo rows are typed as recruiters type them: "(425) 555-0132" and "425.555.0144" are stored normalised.
        Assert.Equal("+14255550132", await db.ExportedCandidates.Where(c => c.LastName == "Lopes").Select(c => c.Phone).SingleAsync(ct));
        Assert.Equal("+14255550144", await db.ExportedCandidates.Where(c => c.LastName == "Lindqvist").Select(c => c.Phone).SingleAsync(ct));
    }

    [Fact]
    public async Task Seed_IncludesACandidateWhoIsAFormerWorker()
    {
        var hiring = Db.Get<HiringService>();
        var candidate = Assert.Single((await Db.Get<CandidateQueries>().ListToHireAsync(new PageRequest(Search: "Krijnen"), TestContext.Current.CancellationToken)).Items);

        var draft = (await hiring.PrepareAsync(candidate.Id, TestContext.Current.CancellationToken)).Ok();

        var duplicate = Assert.Single(draft.Duplicates);
        Assert.Equal(DuplicateMatch.Email | DuplicateMatch.Phone | DuplicateMatch.Name, duplicate.Match);
        Assert.False(duplicate.CurrentlyEmployed);
        var rehire = draft.Request with { DuplicateDecision = DuplicateDecision.Rehire, RehireWorkerId = duplicate.WorkerId };
        var result = await hiring.HireAsync(rehire, TestData.HrProfessional, TestContext.Current.CancellationToken);
        Assert.True(result.Succeeded, result.Problem?.Message);
        Assert.Equal(duplicate.PersonnelNumber, result.Value.PersonnelNumber);
    }

    [Fact]
    public async Task Seed_ShowsSomeoneStartingSoonAndRecentHires()
    {
        var workers = Db.Get<WorkerQueries>();

        Assert.NotEmpty(await workers.StartingSoonAsync(ct: TestContext.Current.CancellationToken));
        Assert.NotEmpty(await workers.RecentHiresAsync(ct: TestContext.Current.CancellationToken));
    }

    [Fact]
    public async Task Seed_LetsANewcomerHireTheFirstReadyCandidateWithTheNextPersonnelNumber()
    {
        var hiring = Db.Get<HiringService>();
        var ready = (await Db.Get<CandidateQueries>().ListToHireAsync(new PageRequest(PageSize: PageRequest.MaxPageSize), TestContext.Current.CancellationToken)).Items
            .First(c => c.Missing == MissingHireData.None && !c.Name.Contains("Krijnen", StringComparison.Ordinal));
        var draft = (await hiring.PrepareAsync(ready.Id, TestContext.Current.CancellationToken)).Ok();
        var position = (await hiring.FindVacantPositionsAsync(draft.Request.LegalEntityId!, null, TestContext.Current.CancellationToken))[0];

        var result = await hiring.HireAsync(draft.Request with { PositionId = position.Id }, TestData.HrProfessional, TestContext.Current.CancellationToken);

        Assert.True(result.Succeeded, result.Problem?.Message);
        Assert.Equal(draft.NextPersonnelNumber, result.Value.PersonnelNumber);
        Assert.Equal("000010", result.Value.PersonnelNumber);
    }

    [Fact]
    public async Task Seed_RunTwice_DoesNotDuplicateAnything()
    {
        var before = await Db.SnapshotAsync();

        await Db.Get<DatabaseInitializer>().InitializeAsync(seedDemoData: true, ct: TestContext.Current.CancellationToken);

        Assert.Equal(before, await Db.SnapshotAsync());
    }
}
