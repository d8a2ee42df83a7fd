namespace HireHub.Core.Domain;

/// <summary>
/// The first request an application sent with an <c>Idempotency-Key</c>, and the outcome it got, written in the
/// transaction of that request's write: it exists exactly when the write committed. It lives in the database, so
/// every app instance sharing the store replays the same outcome for a retry.
/// </summary>
public sealed class IdempotencyRecord
{
    public const int KeyMaxLength = 255;

    public long Id { get; init; }

    /// <summary>The caller's client ID: keys are unique per caller, not globally.</summary>
    public required string CallerId { get; init; }

    public required string Key { get; init; }

    /// <summary>SHA-256 of the operation and the request as understood, to tell a retry from a reuse.</summary>
    public required string RequestHash { get; set; }

    /// <summary>The outcome of the first request (e.g. <c>Created</c>), which decides the status replayed.</summary>
    public string? Outcome { get; set; }

    /// <summary>The first response's body as JSON.</summary>
    public string? ResponseBody { get; set; }

    public DateTimeOffset CreatedAt { get; set; }

    public DateTimeOffset ExpiresAt { get; set; }
}
