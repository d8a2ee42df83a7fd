using HireHub.Core.Domain;

namespace HireHub.Tests.Support;

// Records, so a test states only what matters to it: `c => c with { Email = null }`.
// Dates are days from the fake clock's today, so a builder reads the same on any date.

public sealed record PositionBuilder
{
    public required string PositionNumber { get; init; }

    public string Title { get; init; } = "Software Engineer";

    public string Department { get; init; } = "Engineering";

    public string LegalEntityId { get; init; } = TestData.DefaultLegalEntityId;

    public Position Build() => new() { PositionNumber = PositionNumber, Title = Title, Department = Department, LegalEntityId = LegalEntityId };
}

/// <summary>
/// A worker with one employment and, optionally, a position assignment over the same dates: open while the
/// employment is, ended with it otherwise.
/// </summary>
public sealed record WorkerBuilder
{
    public required string PersonnelNumber { get; init; }

    public required string FirstName { get; init; }

    public string? MiddleName { get; init; }

    public required string LastName { get; init; }

    public string? Email { get; init; }

    public string? Phone { get; init; }

    public WorkerType WorkerType { get; init; } = WorkerType.Employee;

    public string LegalEntityId { get; init; } = TestData.DefaultLegalEntityId;

    public int EmploymentStartInDays { get; init; } = -365;

    public int? EmploymentEndInDays { get; init; }

    public Guid? PositionId { get; init; }

    /// <summary>When HR recorded the worker and the employment; null means now.</summary>
    public DateTimeOffset? CreatedAt { get; init; }

    public Worker Build(DateOnly today, DateTimeOffset now)
    {
        var worker = new Worker
        {
            PersonnelNumber = PersonnelNumber,
            FirstName = FirstName,
            MiddleName = MiddleName,
            LastName = LastName,
            Email = Email,
            Phone = Phone,
            WorkerType = WorkerType,
            CreatedAt = CreatedAt ?? now,
        };
        var start = today.AddDays(EmploymentStartInDays);
        DateOnly? end = EmploymentEndInDays is { } days ? today.AddDays(days) : null;
        worker.Employments.Add(new Employment { WorkerId = worker.Id, LegalEntityId = LegalEntityId, StartDate = start, EndDate = end, CreatedAt = worker.CreatedAt });
        if (PositionId is { } positionId)
        {
            worker.PositionAssignments.Add(new PositionAssignment { PositionId = positionId, WorkerId = worker.Id, StartDate = start, EndDate = end });
        }

        return worker;
    }
}

/// <summary>A candidate as an applicant tracking system exports it: complete and ready to hire unless a test says otherwise.</summary>
public sealed record CandidateBuilder
{
    /// <summary>Null means the database's default connection.</summary>
    public Guid? ConnectionId { get; init; }

    public required string CandidateId { get; init; }

    public required string FirstName { get; init; }

    public string? MiddleName { get; init; }

    public required string LastName { get; init; }

    public string? Email { get; init; }

    public string? Phone { get; init; }

    public int? StartInDays { get; init; } = 21;

    public string? JobTitle { get; init; } = "Software Engineer";

    public string? Location { get; init; } = "Redmond, WA";

    /// <summary>Null routes the candidate to the connection's default legal entity.</summary>
    public string? LegalEntityId { get; init; }

    /// <summary>Null means now.</summary>
    public DateTimeOffset? ReceivedAt { get; init; }

    public CandidateStatus Status { get; init; } = CandidateStatus.NotProcessed;

    /// <summary>When HR hired, did not hire or dismissed the candidate.</summary>
    public DateTimeOffset? ActedAt { get; init; }

    public string? RecruiterEmail { get; init; } = "lisa.taylor@contoso.com";

    public DateTimeOffset? AnonymisedAt { get; init; }

    public ExportedCandidate Build(Guid connectionId, DateOnly today, DateTimeOffset now) => new()
    {
        ConnectionId = ConnectionId ?? connectionId,
        CandidateId = CandidateId,
        FirstName = FirstName,
        MiddleName = MiddleName,
        LastName = LastName,
        Email = Email,
        Phone = Phone,
        StartDate = StartInDays is { } days ? today.AddDays(days) : null,
        JobTitle = JobTitle,
        Location = Location,
        HrisProvider = "HireHub",
        RecruiterName = "Lisa Taylor",
        RecruiterEmail = RecruiterEmail,
        LegalEntityId = LegalEntityId,
        ReceivedAt = ReceivedAt ?? now,
        UpdatedAt = ReceivedAt ?? now,
        Status = Status,
        ActedAt = ActedAt,
        AnonymisedAt = AnonymisedAt,
    };
}
