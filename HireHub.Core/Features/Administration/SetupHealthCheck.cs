using HireHub.Core.Data;
using HireHub.Core.Domain;
using HireHub.Core.Features.Integrations;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;

namespace HireHub.Core.Features.Administration;

/// <summary>One line of the checklist: the step, whether it passes, what to do (the registry's own words when it fails), and where.</summary>
public sealed record SetupStepResult(RegistryStep Step, bool Passed, string Message, string FixPath);

public sealed record SetupHealth(ConnectionSummary Connection, IReadOnlyList<SetupStepResult> Steps)
{
    public bool AllPassed => Steps.All(s => s.Passed);
}

/// <summary>
/// Every step the registry checks for a connection's ATS, all at once rather than the first that fails. A failing
/// line uses the same words the API's refusal uses (<see cref="IntegrationRegistry"/>).
/// </summary>
public sealed class SetupHealthCheck(IDbContextFactory<HireHubDbContext> dbFactory, IStringLocalizer<CoreText> text)
{
    public async Task<SetupHealth?> CheckAsync(Guid connectionId, CancellationToken ct = default)
    {
        await using var db = await dbFactory.CreateDbContextAsync(ct);
        var c = await db.AtsConnections.AsNoTracking().SingleOrDefaultAsync(c => c.Id == connectionId, ct);
        if (c is null)
        {
            return null;
        }

        var user = await db.ApplicationUsers.AsNoTracking()
            .Where(u => u.ClientId == c.ClientId)
            .Select(u => new { u.UserName, Privileges = u.Roles.Select(r => r.SecurityRole!.Privileges).ToList() })
            .SingleOrDefaultAsync(ct);
        var entra = await db.EntraApplications.AsNoTracking().Include(a => a.ActingPerson).SingleOrDefaultAsync(a => a.ClientId == c.ClientId, ct);
        var table = await db.IntegrationTables.AsNoTracking().SingleOrDefaultAsync(t => t.Name == IntegrationTable.ExportedCandidates, ct);
        const SecurityPrivileges needed = SecurityPrivileges.WriteExportedCandidates;

        var steps = new List<SetupStepResult>
        {
            Line(RegistryStep.ConnectionLinked, c.Status == ConnectionStatus.Linked,
                text["HealthLinked", c.Name], text["RegistryConnectionNotLinked", c.Name], "admin/integrations"),
            Line(RegistryStep.ApplicationUser, user is not null,
                text["HealthApplicationUser", user?.UserName ?? "", c.ClientId], text["RegistryNoApplicationUser", c.ClientId], "admin/application-users"),
            Line(RegistryStep.SecurityRole, user is not null && user.Privileges.Any(p => (p & needed) == needed),
                text["HealthSecurityRole", user?.UserName ?? ""], text["RegistryNoWriteRole", user?.UserName ?? text["HealthNoUserYet"]], "admin/security-roles"),
            entra is null
                ? Line(RegistryStep.EntraApplication, false, "", text["RegistryNoEntraApplication", c.ClientId], "admin/entra-applications")
                : Line(RegistryStep.EntraApplication, entra.ActingPerson?.Holds(HireHubPerson.HrRole) == true,
                    text["HealthEntraApplication", entra.Name, entra.ActingPerson?.Name ?? ""], text["RegistryNoActingUser", entra.Name], "admin/entra-applications"),
            Line(RegistryStep.TableEnabled, table is { IsEnabled: true },
                text["HealthTableEnabled", table?.SchemaVersion ?? 0], text["RegistryTableNotEnabled"], "admin/tables"),
        };
        return new SetupHealth(new ConnectionSummary(c.Id, c.Name, c.Provider, c.ClientId, c.Status, c.DefaultLegalEntityId, c.DefaultPhoneRegion, c.Version), steps);
    }

    private static SetupStepResult Line(RegistryStep step, bool passed, string ok, string refusal, string fixPath) =>
        new(step, passed, passed ? ok : refusal, fixPath);
}
