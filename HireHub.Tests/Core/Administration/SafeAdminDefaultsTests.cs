using System.Globalization;
using HireHub.Core.Common;
using HireHub.Core.Data;
using HireHub.Core.Domain;
using HireHub.Core.Features.Administration;
using HireHub.Core.Features.Organization;
using HireHub.Tests.Core.Exports;
using Microsoft.EntityFrameworkCore;

namespace HireHub.Tests.Core.Administration;

/// <summary>Issue #16's safe admin defaults: editable connections, Enable as Disable's undo, nothing assumed for an administrator.</summary>
public sealed class SafeAdminDefaultsTests : IAsyncLifetime
{
    private static readonly Actor Admin = new("sam.okoye", "Sam Okoye");
    private ExportsDatabase database = default!;

    public async ValueTask InitializeAsync() => database = await ExportsDatabase.CreateAsync(seedDemoData: true, people: [ExportsDatabase.HrPerson]);

    public async ValueTask DisposeAsync() => await database.DisposeAsync();

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task EditConnection_ChangesNameAndDefaults_AuditedBeforeAndAfter_AndAnEditOnAStaleReadIsRefused()
    {
        var connections = database.Get<ConnectionAdministration>();
        var added = (await connections.AddAsync(new NewConnection("Acme ATS", AdminRules.GenericAts, Guid.NewGuid().ToString(), "USMF", "US"), Admin, Ct)).Ok();

        var edited = (await connections.EditAsync(new EditConnection(added.Id, " Acme Recruit ", "DEMF", "DE", added.Version), Admin, Ct)).Ok();
        var stale = await connections.EditAsync(new EditConnection(added.Id, "Acme Again", "GBSI", "GB", added.Version), Admin, Ct);

        Assert.Equal(("Acme Recruit", "DEMF", "DE", added.ClientId, added.Provider), (edited.Name, edited.DefaultLegalEntityId, edited.DefaultPhoneRegion, edited.ClientId, edited.Provider));
        Assert.NotEqual(added.Version, edited.Version);
        Assert.Contains("changed by someone else", stale.Refused().Message, StringComparison.Ordinal);
        var audit = await database.QueryAsync(db => db.AuditEvents.SingleAsync(e => e.EntityId == added.Id.ToString() && e.Action == AdminAuditActions.ConnectionEdited));
        Assert.Contains("\"Acme ATS\"", audit.Before, StringComparison.Ordinal);
        Assert.Contains("\"Acme Recruit\"", audit.After, StringComparison.Ordinal);
        Assert.Equal("Acme Recruit", (await connections.ListAsync(Ct)).Single(c => c.Id == added.Id).Name);
    }

    [Theory]
    [InlineData("LinkedIn Talent Hub (ours)", "US", nameof(EditConnection.Name))]
    [InlineData(ReferenceData.LinkedInConnectionName, "XX", nameof(EditConnection.DefaultPhoneRegion))]
    public async Task EditConnection_RenamingLinkedIn_OrAnUnknownRegion_IsRefusedAtTheField_AndChangesNothing(string name, string region, string field)
    {
        var connections = database.Get<ConnectionAdministration>();
        var linkedIn = (await connections.ListAsync(Ct)).Single(c => c.Name == ReferenceData.LinkedInConnectionName);

        var outcome = await connections.EditAsync(new EditConnection(linkedIn.Id, name, "USMF", region, linkedIn.Version), Admin, Ct);

        Assert.Equal([field], outcome.Refused().Errors!.Keys);
        Assert.Equal(linkedIn, (await connections.ListAsync(Ct)).Single(c => c.Id == linkedIn.Id));
    }

    [Fact]
    public async Task Disable_NamesTheLinkedConnectionsItStops_EnableUndoesIt_AndGenerateLeavesADisabledTableDisabled()
    {
        var tables = database.Get<TableAdministration>();
        var before = await tables.StateAsync(Ct);

        Assert.Equal([ReferenceData.LinkedInConnectionName], await tables.ConnectionsWritingAsync(Ct));
        var disabled = (await tables.DisableAsync(before.Version, Admin, Ct)).Ok();
        var generated = (await tables.GenerateAsync(disabled.Version, Admin, Ct)).Ok();
        var enabled = (await tables.EnableAsync(generated.Version, Admin, Ct)).Ok();

        Assert.False(disabled.IsEnabled);
        Assert.False(generated.IsEnabled);
        Assert.True(enabled.IsEnabled);
        Assert.Equal(before.SchemaVersion, enabled.SchemaVersion);
        var actions = await database.QueryAsync(db => db.AuditEvents.Where(e => e.EntityType == nameof(IntegrationTable)).OrderBy(e => e.OccurredAt).Select(e => e.Action).ToListAsync());
        Assert.Equal([AdminAuditActions.TableDisabled, AdminAuditActions.TableGenerated, AdminAuditActions.TableEnabled], actions);
    }

    [Fact]
    public async Task ApplicationUser_WithNoConnectionChosen_IsRefusedAsNotChosen_NotAsAConnectionThatNoLongerExists()
    {
        var outcome = await database.Get<ApplicationUserAdministration>().SaveAsync(
            new SaveApplicationUser(null, "Acme integration", Guid.NewGuid().ToString(), "Acme", "Integration", null, Guid.Empty), Admin, Ct);

        Assert.Equal(["Choose the connection this application user signs in for."], outcome.Refused().Errors![nameof(SaveApplicationUser.ConnectionId)]);
    }

    [Fact]
    public async Task LegalEntities_CarryTheirCountry_AndPhoneRegionsAreNamedInThePersonsLanguage()
    {
        var entities = await database.Get<OrganizationQueries>().LegalEntitiesAsync(Ct);

        Assert.Equal("DE", entities.Single(e => e.Id == "DEMF").CountryRegion);
        Assert.Equal("Germany (DE)", PhoneRegions.DisplayName("DE", CultureInfo.GetCultureInfo("en-US")));
        Assert.Equal("Duitsland (DE)", PhoneRegions.DisplayName("DE", CultureInfo.GetCultureInfo("nl-NL")));
        Assert.False(PhoneRegions.IsKnown("XX"));
        Assert.Contains("NO", PhoneRegions.All);
    }
}
