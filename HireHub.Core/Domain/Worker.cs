namespace HireHub.Core.Domain;

public sealed class Worker : IVersioned
{
    public Guid Id { get; init; } = Guid.NewGuid();

    public required string PersonnelNumber { get; init; }

    public required string FirstName { get; set; }

    public string? MiddleName { get; set; }

    public required string LastName { get; set; }

    public string? Email { get; set; }

    /// <summary>E.164, e.g. <c>+14255550100</c>.</summary>
    public string? Phone { get; set; }

    public WorkerType WorkerType { get; set; }

    public DateTimeOffset CreatedAt { get; init; }

    public List<Employment> Employments { get; } = [];

    public List<PositionAssignment> PositionAssignments { get; } = [];

    public Guid Version { get; set; } = Guid.NewGuid();
}
