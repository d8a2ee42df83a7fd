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

    /// <summary>
    /// When HR dismissed the hire (the person did not turn up, or the offer fell through). The employment then ends the
    /// day before its start date, as it never had a working day; the row stays, so the personnel number is never reused.
    /// </summary>
    public DateTimeOffset? DismissedAt { get; set; }

    /// <summary>The dismissal's reason code (<c>NoShow</c>, <c>OfferDeclined</c>, ...), with <see cref="DismissedAt"/>.</summary>
    public string? DismissalReason { get; set; }

    public Guid Version { get; set; } = Guid.NewGuid();
}
