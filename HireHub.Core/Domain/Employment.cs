namespace HireHub.Core.Domain;

public sealed class Employment : IVersioned
{
    public Guid Id { get; init; } = Guid.NewGuid();

    public Guid WorkerId { get; init; }

    public Worker? Worker { get; set; }

    public required string LegalEntityId { get; init; }

    public LegalEntity? LegalEntity { get; set; }

    public DateOnly StartDate { get; set; }

    public DateOnly? EndDate { get; set; }

    /// <summary>When HR recorded the employment: the hire time shown under Recent hires.</summary>
    public DateTimeOffset CreatedAt { get; init; }

    public Guid Version { get; set; } = Guid.NewGuid();
}
