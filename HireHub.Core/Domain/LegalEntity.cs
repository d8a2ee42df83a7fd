namespace HireHub.Core.Domain;

public sealed class LegalEntity
{
    public const int IdMaxLength = 10;

    /// <summary>The company code HR people know it by, e.g. <c>USMF</c>.</summary>
    public required string Id { get; init; }

    public required string Name { get; set; }

    /// <summary>
    /// The ISO 3166 country the entity employs people in (<c>US</c>, <c>DE</c>): a new connection's phone region
    /// starts from its default legal entity's. Null where nobody recorded it.
    /// </summary>
    public string? CountryRegion { get; set; }
}
