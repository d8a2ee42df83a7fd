namespace HireHub.Core.Domain;

/// <summary>One field an applicant tracking system changed when it re-exported a candidate, kept for HR to see.</summary>
public sealed class CandidateRevision
{
    public const int FieldMaxLength = 40;

    public long Id { get; init; }

    public Guid ExportedCandidateId { get; init; }

    public ExportedCandidate? ExportedCandidate { get; set; }

    /// <summary>The candidate's revision this change produced (2 for the first re-export with changes).</summary>
    public int Revision { get; init; }

    /// <summary>The field's name in the API, e.g. <c>startDate</c>.</summary>
    public required string Field { get; init; }

    public string? OldValue { get; init; }

    public string? NewValue { get; init; }

    public DateTimeOffset RevisedAt { get; init; }
}
