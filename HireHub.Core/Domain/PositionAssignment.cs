namespace HireHub.Core.Domain;

/// <summary>
/// A worker holding a position from <see cref="StartDate"/>. At most one open assignment (no end date)
/// exists per position; the database enforces it with a filtered unique index.
/// </summary>
public sealed class PositionAssignment
{
    public Guid Id { get; init; } = Guid.NewGuid();

    public Guid PositionId { get; init; }

    public Position? Position { get; set; }

    public Guid WorkerId { get; init; }

    public Worker? Worker { get; set; }

    public DateOnly StartDate { get; set; }

    public DateOnly? EndDate { get; set; }
}
