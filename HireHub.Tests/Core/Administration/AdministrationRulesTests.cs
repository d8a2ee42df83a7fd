using HireHub.Core.Common;
using HireHub.Core.Data;
using HireHub.Core.Domain;
using HireHub.Core.Features.Administration;
using HireHub.Tests.Core.Exports;
using Microsoft.EntityFrameworkCore;

namespace HireHub.Tests.Core.Administration;

/// <summary>The administration rules, on a real SQLite file with the reference data and demo legal entities.</summary>
public sealed class AdministrationRulesTests : IAsyncLifetime
{
    private static readonly Actor Admin = new("sam.okoye", "Sam Okoye");
    private ExportsDatabase database = default!;

    public async ValueTask InitializeAsync() =>
        database = await ExportsDatabase.CreateAsync(seedDemoData: true, people:
        [
            ExportsDatabase.HrPerson,
            new HireHubPerson { Id = "riya.patel", Name = "Riya Patel", Roles = "Recruiter" },
        ]);

    public async ValueTask DisposeAsync() => await database.DisposeAsync();

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task AddConnection_WithAClientIdThatIsNotAGuid_IsRefusedOnTheClientId()
    {
        var outcome = await database.Get<ConnectionAdministration>().AddAsync(new NewConnection("Acme ATS", AdminRules.GenericAts, "not-a-guid", "USMF", "US"), Admin, Ct);

        Assert.Equal(ProblemKind.Invalid, outcome.Refused().Kind);
        Assert.Equal([nameof(NewConnection.ClientId)], outcome.Refused().Errors!.Keys);
    }

    [Fact]
    public async Task AddConnection_WithATakenName_IsRefusedOnTheName()
    {
        var outcome = await database.Get<ConnectionAdministration>().AddAsync(
            new NewConnection(ReferenceData.LinkedInConnectionName, AdminRules.GenericAts, Guid.NewGuid().ToString(), "USMF", "US"), Admin, Ct);

        Assert.Equal([nameof(NewConnection.Name)], outcome.Refused().Errors!.Keys);
    }

    [Fact]
    public async Task AddConnection_IsUnlinkedAndAudited_AndLinkingIsRefusedWithoutAnApplicationUserThatMayWrite()
    {
        var connections = database.Get<ConnectionAdministration>();
        var added = (await connections.AddAsync(new NewConnection("Acme ATS", AdminRules.GenericAts, Guid.NewGuid().ToString(), "USMF", "GB"), Admin, Ct)).Ok();

        var link = await connections.LinkAsync(added.Id, added.Version, Admin, Ct);

        Assert.Equal(ConnectionStatus.Unlinked, added.Status);
        Assert.Contains("no application user with its client ID has a security role that grants Write", link.Refused().Message, StringComparison.Ordinal);
        var audit = await database.QueryAsync(db => db.AuditEvents.SingleAsync(e => e.EntityId == added.Id.ToString()));
        Assert.Equal((AdminAuditActions.ConnectionAdded, "Sam Okoye", null), (audit.Action, audit.Actor, audit.Before));
    }

    [Fact]
    public async Task UnlinkThenLink_RecordsBeforeAndAfterForEach()
    {
        var connections = database.Get<ConnectionAdministration>();
        var linkedIn = (await connections.ListAsync(Ct)).Single(c => c.Name == HireHub.Core.Data.ReferenceData.LinkedInConnectionName);

        var unlinked = await connections.UnlinkAsync(linkedIn.Id, linkedIn.Version, Admin, Ct);
        var relinked = await connections.LinkAsync(linkedIn.Id, unlinked.Ok().Version, Admin, Ct);

        Assert.Equal(ConnectionStatus.Linked, relinked.Ok().Status);
        var events = await database.QueryAsync(db => db.AuditEvents.Where(e => e.EntityId == linkedIn.Id.ToString()).OrderBy(e => e.Id).ToListAsync());
        Assert.Equal([AdminAuditActions.ConnectionUnlinked, AdminAuditActions.ConnectionLinked], events.Select(e => e.Action));
        Assert.Contains("\"status\":1", events[0].Before, StringComparison.Ordinal);
        Assert.Contains("\"status\":0", events[0].After, StringComparison.Ordinal);
    }

    [Fact]
    public async Task DeleteRole_WhileAssigned_IsRefusedAndTheRoleStays()
    {
        var roles = database.Get<SecurityRoleAdministration>();
        var role = (await roles.ListAsync(Ct)).Single();

        var outcome = await roles.DeleteAsync(role.Id, role.Version, Admin, Ct);

        Assert.Equal(ProblemKind.Conflict, outcome.Refused().Kind);
        Assert.Equal("This role is assigned to application users; remove it from them first.", outcome.Refused().Message);
        Assert.Single(await roles.ListAsync(Ct));
    }

    [Fact]
    public async Task SaveRole_WithATakenName_IsRefused_AndANewNameIsSavedAndDeletable()
    {
        var roles = database.Get<SecurityRoleAdministration>();

        var taken = await roles.SaveAsync(new SaveSecurityRole(null, ReferenceData.LinkedInRoleName, SecurityPrivileges.All), Admin, Ct);
        var saved = await roles.SaveAsync(new SaveSecurityRole(null, "Read only", SecurityPrivileges.ReadMetadata), Admin, Ct);
        var deleted = await roles.DeleteAsync(saved.Ok().Id, saved.Ok().Version, Admin, Ct);

        Assert.Equal([nameof(SaveSecurityRole.Name)], taken.Refused().Errors!.Keys);
        Assert.True(deleted.Succeeded);
    }

    [Fact]
    public async Task SaveApplicationUser_WithAClientIdAnotherUserHas_IsRefusedOnTheClientId()
    {
        var users = database.Get<ApplicationUserAdministration>();
        var connectionId = (await users.ListAsync(ct: Ct)).Single().ConnectionId;

        var outcome = await users.SaveAsync(new SaveApplicationUser(null, "Copy", ReferenceData.LinkedInClientId.ToString(), "Copy", "Cat", null, connectionId), Admin, Ct);

        Assert.Equal([nameof(SaveApplicationUser.ClientId)], outcome.Refused().Errors!.Keys);
    }

    [Fact]
    public async Task SaveEntraApplication_WithAnActingUserWhoDoesNotHoldHr_IsRefused()
    {
        var outcome = await database.Get<EntraApplicationAdministration>().SaveAsync(new SaveEntraApplication(null, Guid.NewGuid().ToString(), "Acme", "riya.patel"), Admin, Ct);

        Assert.Equal("The acting user must be a HireHub person who holds HR.", outcome.Refused().Errors![nameof(SaveEntraApplication.ActingPersonId)].Single());
    }

    [Fact]
    public async Task SaveEntraApplication_WithAnActingUserWhoDoesNotExist_IsRefused()
    {
        var outcome = await database.Get<EntraApplicationAdministration>().SaveAsync(new SaveEntraApplication(null, Guid.NewGuid().ToString(), "Acme", "nobody"), Admin, Ct);

        Assert.Equal([nameof(SaveEntraApplication.ActingPersonId)], outcome.Refused().Errors!.Keys);
    }

    [Fact]
    public async Task AuditLog_FiltersByActorAndPagesInTheDatabase()
    {
        var roles = database.Get<SecurityRoleAdministration>();
        for (var i = 0; i < 3; i++)
        {
            await roles.SaveAsync(new SaveSecurityRole(null, $"Role {i}", SecurityPrivileges.ReadMetadata), Admin, Ct);
        }

        var page = await database.Get<AuditLogQueries>().ListAsync(new AuditLogFilter(Actor: "Sam", Action: AdminAuditActions.SecurityRoleSaved), page: 1, pageSize: 2, Ct);

        Assert.Equal(3, page.TotalCount);
        Assert.Single(page.Items);
    }
}
