namespace HireHub.Core.Domain;

/// <summary>
/// A table that applications write to, e.g. exported candidates. An administrator generates it (on the
/// Tables page); until then it is not enabled and the API refuses writes to it.
/// </summary>
public sealed class IntegrationTable : IVersioned
{
    public const string ExportedCandidates = "ExportedCandidates";

    public required string Name { get; init; }

    public bool IsEnabled { get; set; }

    public int SchemaVersion { get; set; }

    public DateTimeOffset? GeneratedAt { get; set; }

    public Guid Version { get; set; } = Guid.NewGuid();
}
