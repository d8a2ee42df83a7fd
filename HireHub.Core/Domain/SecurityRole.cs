namespace HireHub.Core.Domain;

/// <summary>What a security role lets an application do, all at organisation level.</summary>
[Flags]
public enum SecurityPrivileges
{
    None = 0,
    ReadEntityMetadata = 1,
    ReadFieldMetadata = 2,
    ReadRelationshipMetadata = 4,
    ReadExportedCandidates = 8,
    WriteExportedCandidates = 16,

    /// <summary>Read on Entity, Field and Relationship: what the metadata endpoint needs.</summary>
    ReadMetadata = ReadEntityMetadata | ReadFieldMetadata | ReadRelationshipMetadata,

    All = ReadMetadata | ReadExportedCandidates | WriteExportedCandidates,
}

/// <summary>A named set of privileges assigned to application users.</summary>
public sealed class SecurityRole : IVersioned
{
    public const int NameMaxLength = 100;

    public Guid Id { get; init; } = Guid.NewGuid();

    public required string Name { get; set; }

    public SecurityPrivileges Privileges { get; set; }

    public Guid Version { get; set; } = Guid.NewGuid();
}
