namespace HireHub.Core.Domain;

/// <summary>One change that matters: who did what to which record, with the values before and after (JSON).</summary>
public sealed class AuditEvent
{
    public long Id { get; init; }

    public DateTimeOffset OccurredAt { get; init; }

    public required string Actor { get; init; }

    public required string Action { get; init; }

    public required string EntityType { get; init; }

    public required string EntityId { get; init; }

    public string? Before { get; init; }

    public string? After { get; init; }
}
