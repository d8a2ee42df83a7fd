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
/// </summary>
public sealed class IntegrationRegistry(IDbContextFactory<HireHubDbContext> dbFactory, IStringLocalizer<CoreText> text)
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

        await using var db = await dbFactory.CreateDbContextAsync(ct);
        // Every API call asks this: its three reads share one pooled connection instead of taking one each, which
        // under 64 concurrent callers was mostly waiting on Microsoft.Data.Sqlite's pool lock (docs/PERFORMANCE.md, P1).
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
        if (user is null)
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

        var entra = await db.EntraApplications.AsNoTracking()
            .Where(a => a.ClientId == id)
            .Select(a => new { a.Name, a.ActingPerson })
            .SingleOrDefaultAsync(ct);
        if (entra is null)
        {
            return Refuse(RegistryStep.EntraApplication, text["RegistryNoEntraApplication", id]);
        }

        if (entra.ActingPerson is null || !entra.ActingPerson.Holds(HireHubPerson.HrRole))
        {
            return Refuse(RegistryStep.EntraApplication, text["RegistryNoActingUser", entra.Name]);
        }

        var table = await db.IntegrationTables.AsNoTracking().SingleOrDefaultAsync(t => t.Name == IntegrationTable.ExportedCandidates, ct);
        if (table is not { IsEnabled: true })
        {
            return Refuse(RegistryStep.TableEnabled, text["RegistryTableNotEnabled"]);
        }

        return new IntegrationAuthorization(new IntegrationCaller(id, user.Id, user.UserName, user.ConnectionId, user.ConnectionName, user.DefaultPhoneRegion, entra.ActingPerson.Name), null);
    }

    private static IntegrationAuthorization Refuse(RegistryStep step, string message) => new(null, new RegistryRefusal(step, message));
}
