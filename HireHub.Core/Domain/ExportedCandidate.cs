namespace HireHub.Core.Domain;

/// <summary>A candidate an applicant tracking system exported as hired, waiting for HR to act on it.</summary>
public sealed class ExportedCandidate : IVersioned
{
    public const int LegalHoldReasonMaxLength = 500;

    // Time-ordered (version 7): SQLite stores the key as text in an index of its own, and a random GUID puts every
    // new candidate on a random page of it, so a 1,000-row transaction rewrote about as many pages of that index;
    // in time order new keys land on its last pages. Measured on 110,000 candidates with durable commits: 1,234 to
    // 3,222 candidates/s in 1,000-row transactions, 185 to 109 µs of CPU each (docs/PERFORMANCE.md, P8). The ids stay
    // unique and opaque to callers; on SQL Server, which orders uniqueidentifier by other bytes, they cost no more.
    public Guid Id { get; init; } = Guid.CreateVersion7();

    public Guid ConnectionId { get; init; }

    public AtsConnection? Connection { get; set; }

    /// <summary>The applicant tracking system's own id for the candidate; unique per connection.</summary>
    public required string CandidateId { get; init; }

    public required string FirstName { get; set; }

    public string? MiddleName { get; set; }

    public required string LastName { get; set; }

    public string? Email { get; set; }

    public string? Phone { get; set; }

    public DateOnly? StartDate { get; set; }

    public string? JobTitle { get; set; }

    public string? Location { get; set; }

    public string? HrisProvider { get; set; }

    public string? RecruiterName { get; set; }

    public string? RecruiterEmail { get; set; }

    /// <summary>The legal entity the candidate is routed to; null means the connection's default.</summary>
    public string? LegalEntityId { get; set; }

    public DateTimeOffset ReceivedAt { get; init; }

    public DateTimeOffset UpdatedAt { get; set; }

    /// <summary>Starts at 1 and goes up by one each time the ATS re-exports the candidate with changes.</summary>
    public int Revision { get; set; } = 1;

    public CandidateStatus Status { get; set; } = CandidateStatus.NotProcessed;

    public string? ReasonCode { get; set; }

    public string? Comment { get; set; }

    public Guid? WorkerId { get; set; }

    public Worker? Worker { get; set; }

    /// <summary>The revision HR saw when it hired: a hire is refused when the candidate changed since (see HiringService).</summary>
    public int? HiredRevision { get; set; }

    /// <summary>The employment the hire created: what HR recorded (legal entity, start date) beside what the ATS sent.</summary>
    public Guid? HiredEmploymentId { get; set; }

    public Employment? HiredEmployment { get; set; }

    /// <summary>The position assignment the hire created, if HR chose a position.</summary>
    public Guid? HiredPositionAssignmentId { get; set; }

    public PositionAssignment? HiredPositionAssignment { get; set; }

    public string? ActedBy { get; set; }

    public DateTimeOffset? ActedAt { get; set; }

    /// <summary>Set by an administrator when a claim, audit or investigation needs the record: retention and erasure leave it alone.</summary>
    public bool LegalHold { get; set; }

    /// <summary>Why the record is on hold, as the administrator wrote it; the audit log keeps who set it and when.</summary>
    public string? LegalHoldReason { get; set; }

    /// <summary>When the retention sweep told HR that this unprocessed candidate will be anonymised.</summary>
    public DateTimeOffset? RetentionFlaggedAt { get; set; }

    /// <summary>When the personal data was removed; the row stays so counts and the worker link stay valid.</summary>
    public DateTimeOffset? AnonymisedAt { get; set; }

    public Guid Version { get; set; } = Guid.NewGuid();
}
