using HireHub.Core.Common;
using HireHub.Core.Domain;
using HireHub.Core.Features.Candidates;
using HireHub.Tests.Core.Exports;
using Microsoft.EntityFrameworkCore;

namespace HireHub.Tests.Core.Candidates;

/// <summary>HR sees the candidates of the legal entities they work for, not every candidate of every legal entity.</summary>
public sealed class CandidatesByLegalEntityTests
{
    [Fact]
    public async Task CandidatesToHire_ForAnHrPersonWhoWorksForUsmf_AreOnlyThoseOfUsmfOrNotYetRouted()
    {
        await using var database = await ExportsDatabase.CreateAsync(seedDemoData: true, people:
        [
            new HireHubPerson { Id = "marcus.lee", Name = "Marcus Lee", Roles = "HR", LegalEntityIds = "USMF" },
        ]);
        var everyone = await database.QueryAsync(db => db.ExportedCandidates.CountAsync(c => c.Status == CandidateStatus.NotProcessed));

        var page = await database.Get<CandidateQueries>().ListToHireAsync(new PageRequest(0, 100), "marcus.lee", TestContext.Current.CancellationToken);

        var legalEntities = await database.QueryAsync(db => db.ExportedCandidates.Where(c => c.Status == CandidateStatus.NotProcessed)
            .ToDictionaryAsync(c => c.Id, c => c.LegalEntityId));
        Assert.NotEmpty(page.Items);
        Assert.True(page.TotalCount < everyone);
        Assert.All(page.Items, c => Assert.True(legalEntities[c.Id] is null or "USMF"));
    }

    [Fact]
    public async Task CandidatesToHire_ForAPersonWhoWorksForEveryLegalEntity_AreAll()
    {
        await using var database = await ExportsDatabase.CreateAsync(seedDemoData: true, people: [ExportsDatabase.HrPerson]);
        var everyone = await database.QueryAsync(db => db.ExportedCandidates.CountAsync(c => c.Status == CandidateStatus.NotProcessed));

        var page = await database.Get<CandidateQueries>().ListToHireAsync(new PageRequest(0, 100), "hanna.reyes", TestContext.Current.CancellationToken);

        Assert.Equal(everyone, page.TotalCount);
    }
}
