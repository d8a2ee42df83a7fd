using HireHub.Core.Data;
using HireHub.Core.Domain;
using HireHub.Core.Features.Integrations;
using Microsoft.EntityFrameworkCore;

namespace HireHub.Tests.Core.Exports;

/// <summary>Every fresh database can take LinkedIn Talent Hub's exports out of the box, and start-up never duplicates it.</summary>
public sealed class ReferenceDataTests
{
    [Fact]
    public async Task FreshDatabase_WithSomeoneWhoHoldsHr_LetsLinkedInTalentHubWriteExportedCandidates()
    {
        await using var database = await ExportsDatabase.CreateAsync(people: [ExportsDatabase.HrPerson]);

        var decision = await database.Get<IntegrationRegistry>().AuthorizeAsync(ReferenceData.LinkedInClientId.ToString(), IntegrationOperation.WriteExportedCandidates, TestContext.Current.CancellationToken);

        Assert.True(decision.Allowed);
        Assert.Equal((ReferenceData.LinkedInApplicationUserName, ReferenceData.LinkedInConnectionName), (decision.Caller!.UserName, decision.Caller.ConnectionName));
        var role = await database.QueryAsync(db => db.SecurityRoles.SingleAsync());
        Assert.Equal((ReferenceData.LinkedInRoleName, SecurityPrivileges.All), (role.Name, role.Privileges));
    }

    [Fact]
    public async Task StartingAgain_AddsNoSecondConnectionUserRoleOrTable()
    {
        await using var database = await ExportsDatabase.CreateAsync(seedDemoData: true);

        await database.Get<DatabaseInitializer>().InitializeAsync(seedDemoData: true, ct: TestContext.Current.CancellationToken);

        Assert.Equal(
            [ReferenceData.LinkedInConnectionName, ReferenceData.ManualEntryConnectionName],
            await database.QueryAsync(db => db.AtsConnections.OrderBy(c => c.Name).Select(c => c.Name).ToListAsync()));
        Assert.Equal(1, await database.QueryAsync(db => db.ApplicationUsers.CountAsync()));
        Assert.Equal(1, await database.QueryAsync(db => db.SecurityRoles.CountAsync()));
        Assert.Equal(1, await database.QueryAsync(db => db.IntegrationTables.CountAsync()));
    }

    [Fact]
    public async Task DemoCandidates_ArriveThroughTheReferenceConnection()
    {
        await using var database = await ExportsDatabase.CreateAsync(seedDemoData: true);

        var connections = await database.QueryAsync(db => db.ExportedCandidates.Select(c => c.Connection!.Name).Distinct().ToListAsync());

        Assert.Equal([ReferenceData.LinkedInConnectionName], connections);
        Assert.Equal("USMF", await database.QueryAsync(db => db.AtsConnections.Where(c => c.Name == ReferenceData.LinkedInConnectionName).Select(c => c.DefaultLegalEntityId).SingleAsync()));
    }

    [Fact]
    public async Task FreshDatabase_HoldsAnUnlinkedManualEntryConnectionForRecruitersOwnExports()
    {
        await using var database = await ExportsDatabase.CreateAsync();

        var manual = await database.QueryAsync(db => db.AtsConnections.SingleAsync(c => c.Name == ReferenceData.ManualEntryConnectionName));

        Assert.Equal((ReferenceData.ManualEntryProvider, ConnectionStatus.Unlinked), (manual.Provider, manual.Status));
        Assert.False(await database.QueryAsync(db => db.ApplicationUsers.AnyAsync(u => u.ConnectionId == manual.Id)));
    }

    [Fact]
    public async Task StartingAgain_KeepsAnAdministratorsUnlinkedConnection()
    {
        await using var database = await ExportsDatabase.CreateAsync();
        await database.QueryAsync(db => db.AtsConnections.Where(c => c.Name == ReferenceData.LinkedInConnectionName).ExecuteUpdateAsync(s => s.SetProperty(c => c.Status, ConnectionStatus.Unlinked)));

        await database.Get<DatabaseInitializer>().InitializeAsync(seedDemoData: false, ct: TestContext.Current.CancellationToken);

        var decision = await database.Get<IntegrationRegistry>().AuthorizeAsync(ReferenceData.LinkedInClientId.ToString(), IntegrationOperation.WriteExportedCandidates, TestContext.Current.CancellationToken);
        Assert.Equal(RegistryStep.ConnectionLinked, decision.Refusal!.Step);
        Assert.Equal("The connection LinkedIn Talent Hub is not linked. Link it on the Integrations page.", decision.Refusal.Message);
    }

    [Fact]
    public async Task FreshDatabase_WithNobodyWhoHoldsHr_RefusesLinkedInUntilAnActingUserIsChosen()
    {
        await using var database = await ExportsDatabase.CreateAsync(people: [new HireHubPerson { Id = "riya.patel", Name = "Riya Patel", Roles = "Recruiter" }]);

        var decision = await database.Get<IntegrationRegistry>().AuthorizeAsync(ReferenceData.LinkedInClientId.ToString(), IntegrationOperation.WriteExportedCandidates, TestContext.Current.CancellationToken);

        Assert.Equal(RegistryStep.EntraApplication, decision.Refusal!.Step);
        Assert.Equal($"The Entra application {ReferenceData.LinkedInRoleName} has no acting user who holds HR. Choose one on the Entra applications page.", decision.Refusal.Message);
    }
}
