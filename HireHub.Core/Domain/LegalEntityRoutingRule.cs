namespace HireHub.Core.Domain;

/// <summary>Which exported-candidate field a routing rule reads.</summary>
public enum RoutingField
{
    Location = 0,
    JobTitle = 1,
}

/// <summary>
/// Sends a connection's exported candidates to a legal entity when a field contains a text (case-insensitive).
/// Rules are tried in <see cref="Order"/>; the first match wins, else the connection's default legal entity.
/// </summary>
public sealed class LegalEntityRoutingRule
{
    public const int TextMaxLength = 100;

    public Guid Id { get; init; } = Guid.NewGuid();

    public Guid ConnectionId { get; init; }

    public int Order { get; set; }

    public RoutingField Field { get; set; }

    public required string Contains { get; set; }

    public required string LegalEntityId { get; set; }
}
