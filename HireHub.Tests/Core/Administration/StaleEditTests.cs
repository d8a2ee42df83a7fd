using HireHub.Core.Common;
using HireHub.Core.Data;
using HireHub.Core.Domain;
using HireHub.Core.Features.Administration;
using HireHub.Tests.Core.Exports;
using Microsoft.EntityFrameworkCore;

namespace HireHub.Tests.Core.Administration;

/// <summary>
/// Two administrators with the same page open: Sam saves first, Alex's save is based on what Alex read before that.
/// Alex is refused with a clear message and nothing of Alex's lands, neither the change nor its audit event.
/// </summary>
public sealed class StaleEditTests : IAsyncLifetime
{
    private const string Stale = "This was changed by someone else after you opened it, so nothing was saved. Reload the page and make your change again.";
    private static readonly Actor Sam = new("sam.okoye", "Sam Okoye");
    private static readonly Actor Alex = new("alex.admin", "Alex Admin");
    private ExportsDatabase database = default!;

    public async ValueTask InitializeAsync() =>
        database = await ExportsDatabase.CreateAsync(seedDemoData: true, people:
        [
            ExportsDatabase.HrPerson,
            new HireHubPerson { Id = "marcus.lee", Name = "Marcus Lee", Roles = "HR" },
        ]);

    public async ValueTask DisposeAsync() => await database.DisposeAsync();

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task Unlink_BasedOnAStaleRead_IsRefused_AndOnlyTheFirstChangeIsAudited()
    {
        var connections = database.Get<ConnectionAdministration>();
        var alexRead = await LinkedInAsync();
        Assert.True((await connections.UnlinkAsync(alexRead.Id, alexRead.Version, Sam, Ct)).Succeeded);

        var outcome = await connections.LinkAsync(alexRead.Id, alexRead.Version, Alex, Ct);

        AssertRefused(outcome.Problem);
        Assert.Equal(ConnectionStatus.Unlinked, (await LinkedInAsync()).Status);
        Assert.Equal(["Sam Okoye"], await AuditActorsAsync(alexRead.Id.ToString()));
        Assert.True((await connections.LinkAsync(alexRead.Id, (await LinkedInAsync()).Version, Alex, Ct)).Succeeded);
    }

    [Fact]
    public async Task SecurityRoleSaveAndDelete_BasedOnAStaleRead_AreRefused_AndTheRoleKeepsTheFirstChange()
    {
        var roles = database.Get<SecurityRoleAdministration>();
        var alexRead = (await roles.SaveAsync(new SaveSecurityRole(null, "Read only", SecurityPrivileges.ReadMetadata), Sam, Ct)).Ok();
        Assert.True((await roles.SaveAsync(new SaveSecurityRole(alexRead.Id, "Read only (Sam)", SecurityPrivileges.ReadMetadata, alexRead.Version), Sam, Ct)).Succeeded);

        var saved = await roles.SaveAsync(new SaveSecurityRole(alexRead.Id, "Read only (Alex)", SecurityPrivileges.All, alexRead.Version), Alex, Ct);
        var deleted = await roles.DeleteAsync(alexRead.Id, alexRead.Version, Alex, Ct);

        AssertRefused(saved.Problem);
        AssertRefused(deleted.Problem);
        var role = (await roles.ListAsync(Ct)).Single(r => r.Id == alexRead.Id);
        Assert.Equal(("Read only (Sam)", SecurityPrivileges.ReadMetadata), (role.Name, role.Privileges));
        Assert.DoesNotContain("Alex Admin", await AuditActorsAsync(alexRead.Id.ToString()));
    }

    [Fact]
    public async Task ApplicationUserSave_BasedOnAStaleRead_IsRefused_AndTheUserKeepsTheFirstChange()
    {
        var users = database.Get<ApplicationUserAdministration>();
        var alexRead = (await users.ListAsync(ct: Ct)).Single();
        Assert.True((await users.SaveAsync(Edit(alexRead, firstName: "Sam's"), Sam, Ct)).Succeeded);

        var outcome = await users.SaveAsync(Edit(alexRead, firstName: "Alex's"), Alex, Ct);

        AssertRefused(outcome.Problem);
        Assert.Equal("Sam's", (await users.ListAsync(ct: Ct)).Single().FirstName);
        Assert.DoesNotContain("Alex Admin", await AuditActorsAsync(alexRead.Id.ToString()));
    }

    [Fact]
    public async Task ManageRoles_BasedOnAStaleRead_IsRefused_AndAChangeOfRolesMakesEarlierReadsStale()
    {
        var users = database.Get<ApplicationUserAdministration>();
        var extra = (await database.Get<SecurityRoleAdministration>().SaveAsync(new SaveSecurityRole(null, "Read only", SecurityPrivileges.ReadMetadata), Sam, Ct)).Ok();
        var alexRead = (await users.ListAsync(ct: Ct)).Single();
        Assert.True((await users.SetRolesAsync(alexRead.Id, alexRead.Version, [.. alexRead.RoleIds, extra.Id], Sam, Ct)).Succeeded);

        var roles = await users.SetRolesAsync(alexRead.Id, alexRead.Version, [], Alex, Ct);
        var saved = await users.SaveAsync(Edit(alexRead, firstName: "Alex's"), Alex, Ct);

        AssertRefused(roles.Problem);
        AssertRefused(saved.Problem);
        var user = (await users.ListAsync(ct: Ct)).Single();
        Assert.Equal(2, user.RoleIds.Count);
        Assert.Equal(alexRead.FirstName, user.FirstName);
    }

    [Fact]
    public async Task EntraApplicationSave_BasedOnAStaleRead_IsRefused_AndTheApplicationKeepsTheFirstChange()
    {
        var applications = database.Get<EntraApplicationAdministration>();
        var alexRead = (await applications.ListAsync(Ct)).Single();
        Assert.True((await applications.SaveAsync(new SaveEntraApplication(alexRead.Id, alexRead.ClientId.ToString(), alexRead.Name, "marcus.lee", alexRead.Version), Sam, Ct)).Succeeded);

        var outcome = await applications.SaveAsync(new SaveEntraApplication(alexRead.Id, alexRead.ClientId.ToString(), "Renamed by Alex", "hanna.reyes", alexRead.Version), Alex, Ct);

        AssertRefused(outcome.Problem);
        var application = (await applications.ListAsync(Ct)).Single();
        Assert.Equal((alexRead.Name, "marcus.lee"), (application.Name, application.ActingPersonId));
    }

    [Fact]
    public async Task RoutingRuleAddAndDelete_BasedOnAStaleRead_AreRefused_AndTheRulesAreTheFirstAdministratorsOnly()
    {
        var routing = database.Get<RoutingRuleAdministration>();
        var linkedIn = await LinkedInAsync();
        var alexRead = await routing.ListAsync(linkedIn.Id, Ct);
        var samsRule = (await routing.AddAsync(new NewRoutingRule(linkedIn.Id, RoutingField.Location, "Berlin", "DEMF", alexRead.ConnectionVersion), Sam, Ct)).Ok();

        var added = await routing.AddAsync(new NewRoutingRule(linkedIn.Id, RoutingField.Location, "London", "GBSI", alexRead.ConnectionVersion), Alex, Ct);
        var deleted = await routing.DeleteAsync(samsRule.Id, alexRead.ConnectionVersion, Alex, Ct);

        AssertRefused(added.Problem);
        AssertRefused(deleted.Problem);
        var rules = (await routing.ListAsync(linkedIn.Id, Ct)).Rules;
        Assert.Equal([("Berlin", 1)], rules.Select(r => (r.Contains, r.Order)));
        Assert.Equal(0, await database.QueryAsync(db => db.AuditEvents.CountAsync(e => e.Actor == "Alex Admin")));
    }

    [Fact]
    public async Task RoutingRuleDelete_OfARuleSomeoneElseRemoved_IsRefusedAsStale()
    {
        var routing = database.Get<RoutingRuleAdministration>();
        var linkedIn = await LinkedInAsync();
        var rule = (await routing.AddAsync(new NewRoutingRule(linkedIn.Id, RoutingField.JobTitle, "Engineer", "DEMF", (await routing.ListAsync(linkedIn.Id, Ct)).ConnectionVersion), Sam, Ct)).Ok();
        var alexRead = await routing.ListAsync(linkedIn.Id, Ct);
        Assert.True((await routing.DeleteAsync(rule.Id, alexRead.ConnectionVersion, Sam, Ct)).Succeeded);

        var outcome = await routing.DeleteAsync(rule.Id, alexRead.ConnectionVersion, Alex, Ct);

        AssertRefused(outcome.Problem);
    }

    [Fact]
    public async Task TableGenerate_BasedOnAStaleRead_IsRefused_AndTheTableStaysDisabled()
    {
        var tables = database.Get<TableAdministration>();
        var alexRead = await tables.StateAsync(Ct);
        Assert.True((await tables.DisableAsync(alexRead.Version, Sam, Ct)).Succeeded);

        var outcome = await tables.GenerateAsync(alexRead.Version, Alex, Ct);

        AssertRefused(outcome.Problem);
        Assert.False((await tables.StateAsync(Ct)).IsEnabled);
        Assert.True((await tables.EnableAsync((await tables.StateAsync(Ct)).Version, Alex, Ct)).Ok().IsEnabled);
    }

    [Fact]
    public async Task AWriteBetweenReadAndSave_IsCaughtByTheVersionInTheUpdate()
    {
        // The race the services' first check cannot see (on SQL Server, whose transactions do not lock the row they
        // read): the edit saves a row whose version someone else has renewed since it was read.
        AtsConnection staleConnection;
        await using (var read = await database.Get<IDbContextFactory<HireHubDbContext>>().CreateDbContextAsync(Ct))
        {
            staleConnection = await read.AtsConnections.AsNoTracking().SingleAsync(c => c.Name == ReferenceData.LinkedInConnectionName, Ct);
        }

        var samRead = await LinkedInAsync();
        Assert.True((await database.Get<ConnectionAdministration>().UnlinkAsync(samRead.Id, samRead.Version, Sam, Ct)).Succeeded);

        var outcome = await StaleEdits.WriteAsync<bool>(database.Get<IDbContextFactory<HireHubDbContext>>(), database.Get<Microsoft.Extensions.Localization.IStringLocalizer<HireHub.Core.CoreText>>(), (db, _) =>
        {
            db.AtsConnections.Attach(staleConnection);
            staleConnection.DefaultPhoneRegion = "GB";
            return Task.FromResult<Result<bool>>(true);
        }, Ct);

        AssertRefused(outcome.Problem);
        var stored = await LinkedInAsync();
        Assert.Equal((ConnectionStatus.Unlinked, "US"), (stored.Status, stored.DefaultPhoneRegion));
    }

    private static SaveApplicationUser Edit(ApplicationUserSummary read, string firstName) =>
        new(read.Id, read.UserName, read.ClientId.ToString(), firstName, read.LastName, read.PrimaryEmail, read.ConnectionId, read.Version);

    private static void AssertRefused(Problem? problem)
    {
        Assert.NotNull(problem);
        Assert.Equal((ProblemKind.Conflict, Stale), (problem.Kind, problem.Message));
    }

    private async Task<ConnectionSummary> LinkedInAsync() =>
        (await database.Get<ConnectionAdministration>().ListAsync(Ct)).Single(c => c.Name == ReferenceData.LinkedInConnectionName);

    private Task<List<string>> AuditActorsAsync(string entityId) =>
        database.QueryAsync(db => db.AuditEvents.Where(e => e.EntityId == entityId).OrderBy(e => e.Id).Select(e => e.Actor).ToListAsync());
}
