namespace HireHub.Core.Domain;

/// <summary>A position in a legal entity. It is vacant while no active <see cref="PositionAssignment"/> holds it.</summary>
public sealed class Position : IVersioned
{
    public Guid Id { get; init; } = Guid.NewGuid();

    public required string PositionNumber { get; init; }

    public required string Title { get; set; }

    public required string Department { get; set; }

    public required string LegalEntityId { get; set; }

    public LegalEntity? LegalEntity { get; set; }

    public List<PositionAssignment> Assignments { get; } = [];

    public Guid Version { get; set; } = Guid.NewGuid();
}
