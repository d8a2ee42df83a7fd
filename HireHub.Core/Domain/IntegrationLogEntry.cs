namespace HireHub.Core.Domain;

/// <summary>
/// An API call HireHub refused, so a recruiter can see why an export did not arrive. It holds no personal
/// data beyond the candidate id the caller sent.
/// </summary>
public sealed class IntegrationLogEntry
{
    public const int CallerMaxLength = 100;
    public const int ReasonMaxLength = 1000;

    public long Id { get; init; }

    public DateTimeOffset OccurredAt { get; init; }

    /// <summary>The caller's client ID, or <c>anonymous</c> when it sent no valid token.</summary>
    public required string Caller { get; init; }

    public int StatusCode { get; init; }

    public required string Reason { get; init; }

    public string? CandidateId { get; init; }
}
