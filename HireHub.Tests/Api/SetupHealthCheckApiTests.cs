using System.Net;
using HireHub.Core.Domain;
using HireHub.Core.Features.Administration;
using HireHub.Core.Features.Integrations;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace HireHub.Tests.Api;

/// <summary>
/// For each step of the setup, break exactly that step of a fully set-up ATS: exactly that line of the health check
/// turns red, and the API refuses the ATS's export naming the same step in the same words.
/// </summary>
public sealed class SetupHealthCheckApiTests(ApiAppFactory app) : IClassFixture<ApiAppFactory>
{
    [Fact]
    public async Task HealthCheck_OfAFullySetUpAts_IsAllGreenAndItsExportIsAccepted()
    {
        var (clientId, connectionId) = await SetUpAsync();

        var health = await CheckAsync(connectionId);

        Assert.True(health.AllPassed, string.Join(" ", health.Steps.Select(s => s.Message)));
        using var client = app.ApiClient(clientId);
        using var response = await client.ExportAsync(ApiCalls.Candidate($"HEALTH-{clientId}"));
        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
    }

    [Fact]
    public Task ConnectionNotLinked_TurnsOnlyTheLinkedLineRed_AndTheApiRefusesInItsWords() =>
        BreakAndCompareAsync(RegistryStep.ConnectionLinked, (db, clientId) =>
            db.AtsConnections.Where(c => c.ClientId == clientId).ExecuteUpdateAsync(u => u.SetProperty(c => c.Status, ConnectionStatus.Unlinked)));

    [Fact]
    public Task NoApplicationUserWithTheClientId_TurnsOnlyTheApplicationUserLineRed_AndTheApiRefusesInItsWords() =>
        BreakAndCompareAsync(RegistryStep.ApplicationUser, async (db, clientId) =>
        {
            // The user gets another client ID: it still holds its role, but nobody has the connection's client ID.
            await db.ApplicationUsers.Where(u => u.ClientId == clientId).ExecuteUpdateAsync(u => u.SetProperty(x => x.ClientId, Guid.NewGuid()));
        }, healthStepsAlsoRed: [RegistryStep.SecurityRole]);

    [Fact]
    public Task NoRoleThatMayWrite_TurnsOnlyTheSecurityRoleLineRed_AndTheApiRefusesInItsWords() =>
        BreakAndCompareAsync(RegistryStep.SecurityRole, (db, clientId) =>
            db.SecurityRoles.Where(r => db.ApplicationUserRoles.Any(a => a.SecurityRoleId == r.Id && a.ApplicationUser!.ClientId == clientId))
                .ExecuteUpdateAsync(u => u.SetProperty(r => r.Privileges, SecurityPrivileges.ReadMetadata | SecurityPrivileges.ReadExportedCandidates)));

    [Fact]
    public Task NoEntraApplication_TurnsOnlyTheEntraLineRed_AndTheApiRefusesInItsWords() =>
        BreakAndCompareAsync(RegistryStep.EntraApplication, (db, clientId) =>
            db.EntraApplications.Where(a => a.ClientId == clientId).ExecuteDeleteAsync());

    [Fact]
    public Task ActingUserWithoutHr_TurnsOnlyTheEntraLineRed_AndTheApiRefusesInItsWords() =>
        BreakAndCompareAsync(RegistryStep.EntraApplication, (db, clientId) =>
            db.EntraApplications.Where(a => a.ClientId == clientId).ExecuteUpdateAsync(u => u.SetProperty(a => a.ActingPersonId, "riya.patel")));

    [Fact]
    public async Task TableDisabled_TurnsOnlyTheTableLineRed_AndTheApiRefusesInItsWords()
    {
        try
        {
            await BreakAndCompareAsync(RegistryStep.TableEnabled, (db, _) =>
                db.IntegrationTables.ExecuteUpdateAsync(u => u.SetProperty(t => t.IsEnabled, false)));
        }
        finally
        {
            // The table is shared by every test of this class: enable it again.
            await app.InDatabaseAsync(db => db.IntegrationTables.ExecuteUpdateAsync(u => u.SetProperty(t => t.IsEnabled, true)));
        }
    }

    private async Task BreakAndCompareAsync(RegistryStep step, Func<HireHub.Core.Data.HireHubDbContext, Guid, Task> breakIt, RegistryStep[]? healthStepsAlsoRed = null)
    {
        var (clientId, connectionId) = await SetUpAsync();
        await app.InDatabaseAsync(db => breakIt(db, Guid.Parse(clientId)));

        var health = await CheckAsync(connectionId);
        using var client = app.ApiClient(clientId);
        using var response = await client.ExportAsync(ApiCalls.Candidate($"BROKEN-{clientId}"));

        var red = health.Steps.Where(s => !s.Passed).Select(s => s.Step).Order().ToList();
        Assert.Equal([.. new[] { step }.Concat(healthStepsAlsoRed ?? []).Order()], red);
        var problem = await response.ProblemAsync(HttpStatusCode.Forbidden);
        Assert.Equal(step.ToString(), problem.String("missingStep"));
        Assert.Equal(health.Steps.Single(s => s.Step == step).Message, problem.String("detail"));
    }

    private async Task<SetupHealth> CheckAsync(Guid connectionId) =>
        (await app.Services.GetRequiredService<SetupHealthCheck>().CheckAsync(connectionId, TestContext.Current.CancellationToken))!;

    private async Task<(string ClientId, Guid ConnectionId)> SetUpAsync()
    {
        var clientId = await app.RegisterApplicationAsync(SecurityPrivileges.All);
        var id = Guid.Parse(clientId);
        return (clientId, await app.InDatabaseAsync(db => db.AtsConnections.Where(c => c.ClientId == id).Select(c => c.Id).SingleAsync()));
    }
}
