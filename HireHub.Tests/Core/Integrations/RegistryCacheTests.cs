using HireHub.Core;
using HireHub.Core.Common;
using HireHub.Core.Data;
using HireHub.Core.Domain;
using HireHub.Core.Features.Administration;
using HireHub.Core.Features.Integrations;
using HireHub.Tests.Core.Exports;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;
using Microsoft.Extensions.Options;

namespace HireHub.Tests.Core.Integrations;

/// <summary>
/// The API's registry check answers from memory, but never with something this instance has changed: every kind of
/// change to what the decision depends on is seen by the very next call, on a real SQLite file. Only a change made
/// behind EF's back (as another instance on the same database makes it) waits for the cache's duration.
/// </summary>
public sealed class RegistryCacheTests : IAsyncLifetime
{
    private static readonly Actor Admin = new("sam.okoye", "Sam Okoye");
    private static readonly string LinkedIn = ReferenceData.LinkedInClientId.ToString();
    private ExportsDatabase database = null!;

    public async ValueTask InitializeAsync() => database = await ExportsDatabase.CreateAsync(people:
    [
        ExportsDatabase.HrPerson,
        new HireHubPerson { Id = "marcus.lee", Name = "Marcus Lee", Roles = "HR" },
        new HireHubPerson { Id = "riya.patel", Name = "Riya Patel", Roles = "Recruiter" },
    ]);

    public ValueTask DisposeAsync() => database.DisposeAsync();

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task SecondCall_IsAnsweredFromMemory_UntilTheDurationHasPassed()
    {
        Assert.True((await AuthorizeAsync()).Allowed);

        await AsAnotherInstanceAsync("UPDATE IntegrationTables SET IsEnabled = 0");

        Assert.True((await AuthorizeAsync()).Allowed);
        database.Time.Advance(TimeSpan.FromSeconds(4.9));
        Assert.True((await AuthorizeAsync()).Allowed);
        database.Time.Advance(TimeSpan.FromSeconds(0.2));
        Assert.Equal(RegistryStep.TableEnabled, (await AuthorizeAsync()).Refusal?.Step);
    }

    [Fact]
    public async Task EveryOperation_IsDecidedFromTheSameRead()
    {
        Assert.True((await AuthorizeAsync(IntegrationOperation.ReadMetadata)).Allowed);
        await AsAnotherInstanceAsync("DELETE FROM ApplicationUserRoles");

        Assert.True((await AuthorizeAsync(IntegrationOperation.WriteExportedCandidates)).Allowed);
        Assert.True((await AuthorizeAsync(IntegrationOperation.ReadExportedCandidates)).Allowed);
    }

    public static TheoryData<string> Changes => [.. RegistryChanges.Keys];

    [Theory]
    [MemberData(nameof(Changes))]
    public async Task ChangeThroughThisInstance_IsSeenByTheVeryNextCall(string change)
    {
        Assert.True((await AuthorizeAsync()).Allowed);

        var expected = await RegistryChanges[change](this);

        var decision = await AuthorizeAsync();
        Assert.Equal(expected, decision.Refusal?.Step);
    }

    [Fact]
    public async Task ActingPersonChosenOnTheEntraApplicationsPage_IsNamedOnTheVeryNextCall()
    {
        Assert.Equal("Hanna Reyes", (await AuthorizeAsync()).Caller!.ActingPersonName);
        var app = (await database.Get<EntraApplicationAdministration>().ListAsync(Ct)).Single(a => a.ClientId == ReferenceData.LinkedInClientId);

        var saved = await database.Get<EntraApplicationAdministration>().SaveAsync(new SaveEntraApplication(app.Id, LinkedIn, app.Name, "marcus.lee", app.Version), Admin, Ct);

        Assert.True(saved.Succeeded);
        Assert.Equal("Marcus Lee", (await AuthorizeAsync()).Caller!.ActingPersonName);
    }

    [Fact]
    public async Task CachedRefusal_IsForgottenOnceTheApplicationIsRegistered()
    {
        var clientId = Guid.NewGuid();
        Assert.Equal(RegistryStep.ApplicationUser, (await AuthorizeAsync(clientId: clientId.ToString())).Refusal?.Step);

        await database.QueryAsync(async db =>
        {
            var connection = await db.AtsConnections.SingleAsync(c => c.Name == ReferenceData.LinkedInConnectionName, Ct);
            var role = await db.SecurityRoles.SingleAsync(Ct);
            var user = new ApplicationUser { UserName = "Second ATS", ClientId = clientId, FirstName = "Second", LastName = "ATS", ConnectionId = connection.Id };
            user.Roles.Add(new ApplicationUserRole { ApplicationUserId = user.Id, SecurityRoleId = role.Id });
            db.ApplicationUsers.Add(user);
            db.EntraApplications.Add(new EntraApplication { ClientId = clientId, Name = "Second ATS", ActingPersonId = "hanna.reyes" });
            return await db.SaveChangesAsync(Ct);
        });

        Assert.True((await AuthorizeAsync(clientId: clientId.ToString())).Allowed);
    }

    [Fact]
    public async Task ChangeInATransaction_ReadBeforeItCommits_IsStillSeenOnceItCommits()
    {
        await database.Get<IDbContextFactory<HireHubDbContext>>().WriteAsync(
            async (db, ct) =>
            {
                await db.AtsConnections.Where(c => c.ClientId == ReferenceData.LinkedInClientId).ExecuteUpdateAsync(s => s.SetProperty(c => c.Status, ConnectionStatus.Unlinked), ct);

                // Another request reads (and keeps) the registry while the change is written but not yet committed.
                Assert.True((await AuthorizeAsync()).Allowed);
                Assert.True((await AuthorizeAsync()).Allowed);
                return true;
            },
            commit: _ => true,
            Ct);

        Assert.Equal(RegistryStep.ConnectionLinked, (await AuthorizeAsync()).Refusal?.Step);
    }

    [Fact]
    public async Task ChangeRolledBack_LeavesTheDecisionAsItWas()
    {
        await database.Get<IDbContextFactory<HireHubDbContext>>().WriteAsync(
            async (db, ct) => await db.IntegrationTables.ExecuteUpdateAsync(s => s.SetProperty(t => t.IsEnabled, false), ct),
            commit: _ => false,
            Ct);

        Assert.True((await AuthorizeAsync()).Allowed);
    }

    [Fact]
    public async Task ReadThatOverlapsAChange_IsNotServedAfterIt()
    {
        var cache = database.Get<RegistryCache>();
        var id = Guid.NewGuid();
        var before = new RegistryFacts(null, null, TableEnabled: true);
        var after = new RegistryFacts(null, null, TableEnabled: false);

        // The change commits while the first read is under way: what that read saw must not be kept.
        await cache.GetOrReadAsync(id, (_, _) => { cache.Invalidate(); return Task.FromResult(before); }, Ct);
        var next = await cache.GetOrReadAsync(id, (_, _) => Task.FromResult(after), Ct);
        var third = await cache.GetOrReadAsync(id, (_, _) => Task.FromResult(before), Ct);

        Assert.Same(after, next);
        Assert.Same(after, third);
    }

    [Fact]
    public async Task ZeroDuration_ReadsTheRegistryOnEveryCall()
    {
        using var cache = new RegistryCache(Options.Create(new RegistryCacheOptions { Duration = TimeSpan.Zero }), database.Time);
        var registry = new IntegrationRegistry(database.Get<IDbContextFactory<HireHubDbContext>>(), cache, database.Get<IStringLocalizer<CoreText>>());
        Assert.True((await registry.AuthorizeAsync(LinkedIn, IntegrationOperation.WriteExportedCandidates, Ct)).Allowed);

        await AsAnotherInstanceAsync("UPDATE IntegrationTables SET IsEnabled = 0");

        Assert.Equal(RegistryStep.TableEnabled, (await registry.AuthorizeAsync(LinkedIn, IntegrationOperation.WriteExportedCandidates, Ct)).Refusal?.Step);
    }

    [Theory]
    [InlineData("-00:00:01")]
    [InlineData("00:01:01")]
    public void DurationOutsideZeroToAMinute_IsRefusedAtStart(string duration)
    {
        var result = new RegistryCacheOptionsValidator().Validate(null, new RegistryCacheOptions { Duration = TimeSpan.Parse(duration, System.Globalization.CultureInfo.InvariantCulture) });

        Assert.True(result.Failed);
        Assert.Contains("Integrations:RegistryCache:Duration", result.FailureMessage, StringComparison.Ordinal);
    }

    /// <summary>Each change to something the decision depends on, made the way HireHub makes it, and the step it must fail.</summary>
    private static readonly Dictionary<string, Func<RegistryCacheTests, Task<RegistryStep?>>> RegistryChanges = new()
    {
        ["connection unlinked on the Integrations page"] = async t =>
        {
            var connection = (await t.database.Get<ConnectionAdministration>().ListAsync(Ct)).Single(c => c.ClientId == ReferenceData.LinkedInClientId);
            Assert.True((await t.database.Get<ConnectionAdministration>().UnlinkAsync(connection.Id, connection.Version, Admin, Ct)).Succeeded);
            return RegistryStep.ConnectionLinked;
        },
        ["table disabled on the Tables page"] = async t =>
        {
            var table = await t.database.Get<TableAdministration>().StateAsync(Ct);
            Assert.True((await t.database.Get<TableAdministration>().DisableAsync(table.Version, Admin, Ct)).Succeeded);
            return RegistryStep.TableEnabled;
        },
        ["security role loses Write on the Security roles page"] = async t =>
        {
            var role = (await t.database.Get<SecurityRoleAdministration>().ListAsync(Ct)).Single();
            var saved = await t.database.Get<SecurityRoleAdministration>().SaveAsync(new SaveSecurityRole(role.Id, role.Name, role.Privileges & ~SecurityPrivileges.WriteExportedCandidates, role.Version), Admin, Ct);
            Assert.True(saved.Succeeded);
            return RegistryStep.SecurityRole;
        },
        ["application user's roles removed on the Application users page"] = async t =>
        {
            var user = (await t.database.Get<ApplicationUserAdministration>().ListAsync(ct: Ct)).Single();
            Assert.True((await t.database.Get<ApplicationUserAdministration>().SetRolesAsync(user.Id, user.Version, [], Admin, Ct)).Succeeded);
            return RegistryStep.SecurityRole;
        },
        ["application user given another client ID on the Application users page"] = async t =>
        {
            var user = (await t.database.Get<ApplicationUserAdministration>().ListAsync(ct: Ct)).Single();
            var saved = await t.database.Get<ApplicationUserAdministration>().SaveAsync(
                new SaveApplicationUser(user.Id, user.UserName, Guid.NewGuid().ToString(), user.FirstName, user.LastName, user.PrimaryEmail, user.ConnectionId, user.Version), Admin, Ct);
            Assert.True(saved.Succeeded);
            return RegistryStep.ApplicationUser;
        },
        ["Entra application acting for someone without HR (ExecuteUpdate)"] = async t =>
        {
            await t.database.QueryAsync(db => db.EntraApplications.ExecuteUpdateAsync(s => s.SetProperty(a => a.ActingPersonId, "riya.patel"), Ct));
            return RegistryStep.EntraApplication;
        },
        ["Entra application removed (ExecuteDelete)"] = async t =>
        {
            await t.database.QueryAsync(db => db.EntraApplications.ExecuteDeleteAsync(Ct));
            return RegistryStep.EntraApplication;
        },
        ["acting person no longer holds HR"] = async t =>
        {
            await t.database.QueryAsync(async db =>
            {
                (await db.People.SingleAsync(p => p.Id == "hanna.reyes", Ct)).Roles = "Recruiter";
                return await db.SaveChangesAsync(Ct);
            });
            return RegistryStep.EntraApplication;
        },
        ["connection linked again"] = async t =>
        {
            await t.database.QueryAsync(db => db.AtsConnections.ExecuteUpdateAsync(s => s.SetProperty(c => c.Status, ConnectionStatus.Unlinked), Ct));
            Assert.Equal(RegistryStep.ConnectionLinked, (await t.AuthorizeAsync()).Refusal?.Step);
            var connection = (await t.database.Get<ConnectionAdministration>().ListAsync(Ct)).Single(c => c.ClientId == ReferenceData.LinkedInClientId);
            Assert.True((await t.database.Get<ConnectionAdministration>().LinkAsync(connection.Id, connection.Version, Admin, Ct)).Succeeded);
            return null;
        },
    };

    private Task<IntegrationAuthorization> AuthorizeAsync(IntegrationOperation operation = IntegrationOperation.WriteExportedCandidates, string? clientId = null) =>
        database.Get<IntegrationRegistry>().AuthorizeAsync(clientId ?? LinkedIn, operation, Ct);

    /// <summary>A write that does not pass through this instance's EF, as another app instance on the same file makes it.</summary>
    private async Task AsAnotherInstanceAsync(string sql)
    {
        var connectionString = await database.QueryAsync(db => Task.FromResult(db.Database.GetConnectionString()!));
        await using var connection = new SqliteConnection(connectionString);
        await connection.OpenAsync(Ct);
        await using var command = connection.CreateCommand();
        command.CommandText = sql;
        Assert.True(await command.ExecuteNonQueryAsync(Ct) > 0);
    }
}
