using HireHub.Core.Data;
using HireHub.Core.Domain;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;

namespace HireHub.Core.Features.Integrations;

/// <summary>What an application asks to do with the exported candidates table.</summary>
public enum IntegrationOperation
{
    WriteExportedCandidates,
    ReadExportedCandidates,
    ReadMetadata,
}

/// <summary>The steps of the registry an application must pass, in the order they are checked.</summary>
public enum RegistryStep
{
    ApplicationUser,
    SecurityRole,
    ConnectionLinked,
    EntraApplication,
    TableEnabled,
}

/// <summary>An application the registry let in: who it is and which connection its writes belong to.</summary>
public sealed record IntegrationCaller(
    Guid ClientId,
    Guid ApplicationUserId,
    string UserName,
    Guid ConnectionId,
    string ConnectionName,
    string DefaultPhoneRegion,
    string? ActingPersonName = null);

/// <summary>The first registry step an application did not pass, in words an administrator can act on.</summary>
public sealed record RegistryRefusal(RegistryStep Step, string Message);

public sealed record IntegrationAuthorization(IntegrationCaller? Caller, RegistryRefusal? Refusal)
{
    public bool Allowed => Refusal is null;
}

/// <summary>
/// HireHub's own say on what a signed-in application may do, beyond its valid token: an application user
/// with its client ID, a security role granting the operation, a linked connection, an Entra application
/// with an acting user who holds HR, and an enabled table.
/// The refusal messages are fixed words, reused by the administrators' health check.
/// Every API request asks this, so the facts it decides on come from <see cref="RegistryCache"/>, which forgets
/// them the moment a change to any of them commits in this instance (docs/PERFORMANCE.md, P1).
/// </summary>
public sealed class IntegrationRegistry(IDbContextFactory<HireHubDbContext> dbFactory, RegistryCache cache, IStringLocalizer<CoreText> text)
{
    public static SecurityPrivileges Required(IntegrationOperation operation) => operation switch
    {
        IntegrationOperation.WriteExportedCandidates => SecurityPrivileges.WriteExportedCandidates,
        IntegrationOperation.ReadExportedCandidates => SecurityPrivileges.ReadExportedCandidates,
        _ => SecurityPrivileges.ReadMetadata,
    };

    public async Task<IntegrationAuthorization> AuthorizeAsync(string clientId, IntegrationOperation operation, CancellationToken ct = default)
    {
        if (!Guid.TryParse(clientId, out var id))
        {
            return Refuse(RegistryStep.ApplicationUser, text["RegistryNoApplicationUser", clientId]);
        }

        // The facts, not the decision, are cached: one read serves every operation, and refusals are worded in the
        // caller's language each time.
        var facts = await cache.GetOrReadAsync(id, ReadAsync, ct);
        if (facts.User is not { } user)
        {
            return Refuse(RegistryStep.ApplicationUser, text["RegistryNoApplicationUser", clientId]);
        }

        var required = Required(operation);
        if (!user.Privileges.Any(p => (p & required) == required))
        {
            return Refuse(RegistryStep.SecurityRole, operation switch
            {
                IntegrationOperation.WriteExportedCandidates => text["RegistryNoWriteRole", user.UserName],
                IntegrationOperation.ReadExportedCandidates => text["RegistryNoReadRole", user.UserName],
                _ => text["RegistryNoMetadataRole", user.UserName],
            });
        }

        if (user.Status != ConnectionStatus.Linked)
        {
            return Refuse(RegistryStep.ConnectionLinked, text["RegistryConnectionNotLinked", user.ConnectionName]);
        }

        if (facts.Entra is not { } entra)
        {
            return Refuse(RegistryStep.EntraApplication, text["RegistryNoEntraApplication", id]);
        }

        if (entra.ActingPersonName is null || !entra.ActingPersonHoldsHr)
        {
            return Refuse(RegistryStep.EntraApplication, text["RegistryNoActingUser", entra.Name]);
        }

        if (!facts.TableEnabled)
        {
            return Refuse(RegistryStep.TableEnabled, text["RegistryTableNotEnabled"]);
        }

        return new IntegrationAuthorization(user.Caller with { ActingPersonName = entra.ActingPersonName }, null);
    }

    private async Task<RegistryFacts> ReadAsync(Guid id, CancellationToken ct)
    {
        await using var db = await dbFactory.CreateDbContextAsync(ct);
        // The three reads share one pooled connection instead of taking one each, which under 64 concurrent callers
        // was mostly waiting on Microsoft.Data.Sqlite's pool lock (docs/PERFORMANCE.md, P1).
        await db.Database.OpenConnectionAsync(ct);
        var user = await db.ApplicationUsers.AsNoTracking()
            .Where(u => u.ClientId == id)
            .Select(u => new
            {
                u.Id,
                u.UserName,
                u.ConnectionId,
                ConnectionName = u.Connection!.Name,
                u.Connection.Status,
                u.Connection.DefaultPhoneRegion,
                Privileges = u.Roles.Select(r => r.SecurityRole!.Privileges).ToList(),
            })
            .SingleOrDefaultAsync(ct);
        var entra = await db.EntraApplications.AsNoTracking()
            .Where(a => a.ClientId == id)
            .Select(a => new { a.Name, a.ActingPerson })
            .SingleOrDefaultAsync(ct);
        var tableEnabled = await db.IntegrationTables.AsNoTracking()
            .AnyAsync(t => t.Name == IntegrationTable.ExportedCandidates && t.IsEnabled, ct);
        return new RegistryFacts(
            user is null ? null : new RegistryUser(
                new IntegrationCaller(id, user.Id, user.UserName, user.ConnectionId, user.ConnectionName, user.DefaultPhoneRegion),
                user.Privileges,
                user.Status),
            entra is null ? null : new RegistryEntraApplication(entra.Name, entra.ActingPerson?.Name, entra.ActingPerson?.Holds(HireHubPerson.HrRole) == true),
            tableEnabled);
    }

    private static IntegrationAuthorization Refuse(RegistryStep step, string message) => new(null, new RegistryRefusal(step, message));
}

/// <summary>What the registry holds for one client ID, every step's facts at once; null where a record is missing.</summary>
internal sealed record RegistryFacts(RegistryUser? User, RegistryEntraApplication? Entra, bool TableEnabled);

internal sealed record RegistryUser(IntegrationCaller Caller, IReadOnlyList<SecurityPrivileges> Privileges, ConnectionStatus Status)
{
    public string UserName => Caller.UserName;

    public string ConnectionName => Caller.ConnectionName;
}

internal sealed record RegistryEntraApplication(string Name, string? ActingPersonName, bool ActingPersonHoldsHr);
