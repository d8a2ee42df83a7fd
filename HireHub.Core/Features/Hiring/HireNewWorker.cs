using HireHub.Core.Domain;

namespace HireHub.Core.Features.Hiring;

public enum DuplicateDecision
{
    /// <summary>No possible duplicate was shown, or none was found.</summary>
    None,

    /// <summary>The candidate is a worker already: add a new employment to that worker.</summary>
    Rehire,

    /// <summary>The look-alike is someone else: create a new worker, with the reason recorded.</summary>
    NewWorker,
}

/// <summary>
/// What the HR professional confirms in the Hire new worker dialog. Settable so the dialog binds to it;
/// <see cref="HireNewWorkerValidator"/> guards it in the dialog and again in <see cref="HiringService"/>.
/// </summary>
public sealed record HireNewWorker
{
    public Guid CandidateId { get; set; }

    /// <summary>
    /// The candidate's revision the HR professional saw (the dialog opened on it, or applied it). The hire is refused,
    /// with nothing stored, when the ATS has revised the candidate since: HR decides on the values it actually sent.
    /// </summary>
    public int Revision { get; set; }

    public string FirstName { get; set; } = "";

    public string? MiddleName { get; set; }

    public string LastName { get; set; } = "";

    public string? Email { get; set; }

    public string? Phone { get; set; }

    public DateOnly? StartDate { get; set; }

    public string? LegalEntityId { get; set; }

    public WorkerType? WorkerType { get; set; }

    /// <summary>Typed by HR only where configuration allows it; otherwise taken from the sequence on hire.</summary>
    public string? PersonnelNumber { get; set; }

    public DateOnly? EmploymentEndDate { get; set; }

    public Guid? PositionId { get; set; }

    public DateOnly? AssignmentStartDate { get; set; }

    public DuplicateDecision DuplicateDecision { get; set; }

    public Guid? RehireWorkerId { get; set; }

    public string? NewWorkerReason { get; set; }

    /// <summary>The onboarding checklist templates whose tasks the new employment gets, created in the hire's transaction.</summary>
    public IReadOnlyList<Guid> ChecklistTemplateIds { get; set; } = [];
}
