using HireHub.Core.Domain;

namespace HireHub.Core.Features.Administration;

/// <summary>
/// The privileges a new role may start from. A new role starts with none: an administrator grants each privilege
/// knowingly, or starts from <see cref="LeastPrivilegeForAts"/>, which is exactly what an ATS's API calls need.
/// </summary>
public static class SecurityRoleTemplates
{
    /// <summary>What a new role holds until privileges are granted.</summary>
    public const SecurityPrivileges NewRole = SecurityPrivileges.None;

    /// <summary>
    /// Organisation-level Read on Entity, Field and Relationship metadata (the metadata endpoint) and Write on
    /// exported candidates (the export itself); an ATS never needs to read back other systems' candidates.
    /// </summary>
    public const SecurityPrivileges LeastPrivilegeForAts = SecurityPrivileges.ReadMetadata | SecurityPrivileges.WriteExportedCandidates;
}
