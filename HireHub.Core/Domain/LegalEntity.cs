namespace HireHub.Core.Domain;

public sealed class LegalEntity
{
    public const int IdMaxLength = 10;

    /// <summary>The company code HR people know it by, e.g. <c>USMF</c>.</summary>
    public required string Id { get; init; }

    public required string Name { get; set; }
}
