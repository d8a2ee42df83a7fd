using System.Net;
using HireHub.Core.Common;
using HireHub.Core.Domain;
using HireHub.Core.Features.Administration;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace HireHub.Tests.Api;

/// <summary>
/// The acceptance path through the admin services the pages call: a Generic ATS set up from nothing, its health
/// check all green, and its export landing in the legal entity its routing rule names.
/// </summary>
public sealed class GenericAtsSetupApiTests(ApiAppFactory app) : IClassFixture<ApiAppFactory>
{
    private static readonly Actor Admin = new("sam.okoye", "Sam Okoye");

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task GenericAts_SetUpFromNothing_IsAllGreen_AndItsExportLandsInTheRoutedLegalEntity()
    {
        var clientId = Guid.NewGuid().ToString();
        var connection = (await Get<ConnectionAdministration>().AddAsync(new NewConnection("Acme ATS", AdminRules.GenericAts, clientId, "USMF", "US"), Admin, Ct)).Ok();
        var role = (await Get<SecurityRoleAdministration>().SaveAsync(new SaveSecurityRole(null, "HRIS integration with Acme", SecurityPrivileges.All), Admin, Ct)).Ok();
        Assert.True((await Get<ApplicationUserAdministration>().SaveAsync(new SaveApplicationUser(null, "Acme integration", clientId, "Acme", "Integration", "ats@acme.example", connection.Id), Admin, Ct)).Succeeded);
        var user = (await Get<ApplicationUserAdministration>().ListAsync(clientId, Ct)).Single();
        Assert.True((await Get<ApplicationUserAdministration>().SetRolesAsync(user.Id, user.Version, [role.Id], Admin, Ct)).Succeeded);
        Assert.True((await Get<EntraApplicationAdministration>().SaveAsync(new SaveEntraApplication(null, clientId, role.Name, "hanna.reyes"), Admin, Ct)).Succeeded);
        var routes = await Get<RoutingRuleAdministration>().ListAsync(connection.Id, Ct);
        Assert.True((await Get<RoutingRuleAdministration>().AddAsync(new NewRoutingRule(connection.Id, RoutingField.Location, "London", "GBSI", routes.ConnectionVersion), Admin, Ct)).Succeeded);
        var routed = (await Get<ConnectionAdministration>().ListAsync(Ct)).Single(c => c.Id == connection.Id);
        Assert.True((await Get<ConnectionAdministration>().LinkAsync(connection.Id, routed.Version, Admin, Ct)).Succeeded);

        var health = await Get<SetupHealthCheck>().CheckAsync(connection.Id, Ct);
        using var client = app.ApiClient(clientId);
        using var london = await client.ExportAsync(ApiCalls.Candidate("ACME-LONDON", c => c["location"] = "London, UK"));
        using var elsewhere = await client.ExportAsync(ApiCalls.Candidate("ACME-REDMOND"));

        Assert.True(health!.AllPassed, string.Join(" ", health.Steps.Select(s => s.Message)));
        Assert.Equal(HttpStatusCode.Created, london.StatusCode);
        Assert.Equal(HttpStatusCode.Created, elsewhere.StatusCode);
        var legalEntities = await app.InDatabaseAsync(db => db.ExportedCandidates.Where(c => c.ConnectionId == connection.Id)
            .OrderBy(c => c.CandidateId).Select(c => c.LegalEntityId).ToListAsync());
        Assert.Equal(["GBSI", "USMF"], legalEntities);
    }

    private T Get<T>()
        where T : notnull => app.Services.GetRequiredService<T>();
}
