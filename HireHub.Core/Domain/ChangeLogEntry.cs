namespace HireHub.Core.Domain;

/// <summary>What happened to a candidate, as far as a Candidates to hire panel cares.</summary>
public enum CandidateChangeKind
{
    /// <summary>A new export: the candidate now exists.</summary>
    Exported,

    /// <summary>A re-export with changes: a new revision.</summary>
    Revised,

    /// <summary>HR hired the candidate, or decided not to hire or to dismiss them.</summary>
    Decided,

    /// <summary>The candidate's personal data was removed (retention or an erasure request).</summary>
    Erased,

    /// <summary>Anything else a panel may show: a legal hold, a retention flag, another legal entity.</summary>
    Changed,
}

/// <summary>
/// One entry of the candidate change log: written in the same transaction as the change it records, so it is
/// committed exactly when the change is. Every app instance follows the log by its ever-increasing <see cref="Id"/>
/// to tell its open Candidates to hire panels, whichever instance made the change. Entries are pruned after minutes.
/// </summary>
public sealed class ChangeLogEntry
{
    public long Id { get; init; }

    public Guid ExportedCandidateId { get; init; }

    public CandidateChangeKind Kind { get; init; }
}
