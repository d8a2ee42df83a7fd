using System.Globalization;
using HireHub.Core.Domain;

namespace HireHub.Core.Features.Exports;

/// <summary>The idempotency key a request came with, and what the request was, to tell a retry from a reuse of the key.</summary>
internal sealed record IdempotencyRequest(string CallerId, string Key, string RequestHash);

/// <summary>What happened to one item of a write: its outcome and the candidate it created or found.</summary>
internal sealed record CandidateWrite(ExportOutcome Outcome, ExportedCandidate? Candidate, string? Message);

/// <summary>
/// One request for <see cref="ExportWriter"/>: a single export (one item) or a batch (an item per position, null for an
/// invalid one), with its idempotency key if it came with one, and how to store its response for a replay.
/// </summary>
internal sealed record ExportWrite(
    ExportSource Source,
    IReadOnlyList<NormalizedExport?> Items,
    IdempotencyRequest? Idempotency,
    Func<IReadOnlyList<CandidateWrite>, (string Outcome, string Body)> Respond)
{
    /// <summary>
    /// The caller's formats and language, taken when the request is made: the writer's loop runs on a thread of its
    /// own, whose culture is that of whichever request first started the writer, and answers must be in the caller's.
    /// </summary>
    public CultureInfo Culture { get; } = CultureInfo.CurrentCulture;

    /// <inheritdoc cref="Culture"/>
    public CultureInfo UICulture { get; } = CultureInfo.CurrentUICulture;
}

/// <summary>
/// The answer to an <see cref="ExportWrite"/> once its transaction committed: <see cref="IdempotencyClaimStatus.Claimed"/>
/// with the writes when it was carried out (with or without a key), otherwise the key's verdict and, for a replay,
/// the stored response.
/// </summary>
internal sealed record ExportWriteResult(IdempotencyClaimStatus Status, IReadOnlyList<CandidateWrite> Writes, string? Outcome = null, string? Body = null);
