using HireHub.Core.Domain;
using Microsoft.EntityFrameworkCore;

namespace HireHub.Core.Data;

/// <summary>
/// The integration registry every fresh database starts with, in every environment: LinkedIn Talent Hub,
/// linked, signing in as its application user with a role that may export candidates, its Entra application,
/// and the exported candidates table enabled. The Entra application is registered without an acting user:
/// <see cref="EnsurePeopleAsync"/> gives it the first person who holds HR, which in Development is a demo
/// person, so there the API works at once. Elsewhere LinkedIn's writes are refused until the <c>People</c>
/// settings name someone who holds HR or an administrator chooses an acting user on the Entra applications
/// page. Only what is missing is added, so an administrator's later changes (an unlinked connection, a
/// disabled table, another acting user) survive a restart.
/// </summary>
public static class ReferenceData
{
    public const string LinkedInConnectionName = "LinkedIn Talent Hub";
    public const string LinkedInProvider = "LinkedInTalentHub";
    public const string LinkedInApplicationUserName = "HRIS integration with Dynamics365 HR LinkedIn";
    public const string LinkedInRoleName = "HRIS integration with LinkedIn Talent Hub";

    /// <summary>
    /// Where recruiters' own exports (the Export to HRIS form, the CSV upload) belong when their ATS has no integration.
    /// No application user signs in for it, and it stays unlinked, so the API can never write under it.
    /// </summary>
    public const string ManualEntryConnectionName = "Manual entry";
    public const string ManualEntryProvider = "GenericAts";

    public static readonly Guid LinkedInClientId = Guid.Parse("3a225c96-d62a-44ce-b3ec-bd4e8e9befef");

    public static async Task EnsureAsync(HireHubDbContext db, TimeProvider time, CancellationToken ct)
    {
        var connection = await db.AtsConnections.SingleOrDefaultAsync(c => c.Name == LinkedInConnectionName, ct);
        if (connection is null)
        {
            connection = new AtsConnection { Name = LinkedInConnectionName, Provider = LinkedInProvider, Status = ConnectionStatus.Linked, DefaultPhoneRegion = "US" };
            db.AtsConnections.Add(connection);
        }

        if (connection.ClientId == Guid.Empty)
        {
            connection.ClientId = LinkedInClientId;
        }

        if (!await db.AtsConnections.AnyAsync(c => c.Name == ManualEntryConnectionName, ct))
        {
            db.AtsConnections.Add(new AtsConnection { Name = ManualEntryConnectionName, Provider = ManualEntryProvider, Status = ConnectionStatus.Unlinked, DefaultPhoneRegion = "US" });
        }

        var role = await db.SecurityRoles.SingleOrDefaultAsync(r => r.Name == LinkedInRoleName, ct);
        if (role is null)
        {
            role = new SecurityRole { Name = LinkedInRoleName, Privileges = SecurityPrivileges.All };
            db.SecurityRoles.Add(role);
        }

        if (!await db.ApplicationUsers.AnyAsync(u => u.ClientId == LinkedInClientId, ct))
        {
            var user = new ApplicationUser
            {
                UserName = LinkedInApplicationUserName,
                ClientId = LinkedInClientId,
                FirstName = "HRIS integration with",
                LastName = "Dynamics365 HR LinkedIn",
                ConnectionId = connection.Id,
            };
            user.Roles.Add(new ApplicationUserRole { ApplicationUserId = user.Id, SecurityRoleId = role.Id });
            db.ApplicationUsers.Add(user);
        }

        // Registered without an acting user: someone who holds HR must be chosen (the demo data chooses one).
        if (!await db.EntraApplications.AnyAsync(a => a.ClientId == LinkedInClientId, ct))
        {
            db.EntraApplications.Add(new EntraApplication { ClientId = LinkedInClientId, Name = LinkedInRoleName });
        }

        if (!await db.IntegrationTables.AnyAsync(t => t.Name == IntegrationTable.ExportedCandidates, ct))
        {
            db.IntegrationTables.Add(new IntegrationTable { Name = IntegrationTable.ExportedCandidates, IsEnabled = true, SchemaVersion = 1, GeneratedAt = time.GetUtcNow() });
        }

        await db.SaveChangesAsync(ct);
    }

    /// <summary>
    /// Adds the people who sign in that are not there yet (from configuration, or the demo people), and lets the
    /// first of them who holds HR act for an Entra application that has no acting user yet.
    /// </summary>
    public static async Task EnsurePeopleAsync(HireHubDbContext db, IReadOnlyList<HireHubPerson> people, CancellationToken ct)
    {
        var known = await db.People.Select(p => p.Id).ToListAsync(ct);
        db.People.AddRange(people.Where(p => !known.Contains(p.Id)));
        await db.SaveChangesAsync(ct);

        var hr = people.FirstOrDefault(p => p.Holds(HireHubPerson.HrRole));
        if (hr is not null)
        {
            await db.EntraApplications.Where(a => a.ActingPersonId == null)
                .ExecuteUpdateAsync(u => u.SetProperty(a => a.ActingPersonId, hr.Id), ct);
        }
    }
}
