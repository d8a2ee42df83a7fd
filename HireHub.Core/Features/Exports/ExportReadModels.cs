using System.Linq.Expressions;
using HireHub.Core.Common;
using HireHub.Core.Domain;

namespace HireHub.Core.Features.Exports;

/// <summary>What became of one export.</summary>
public enum ExportOutcome
{
    Created,
    Updated,
    Unchanged,

    /// <summary>HR already hired, did not hire or dismissed the candidate: nothing changed.</summary>
    Conflict,

    /// <summary>The export broke a rule of <see cref="ExportCandidateValidator"/>: nothing was stored.</summary>
    Invalid,
}

/// <summary>
/// An exported candidate as the API returns it: what the ATS sent, and once HR hired the candidate, what HR recorded
/// (<see cref="Hire"/>), which can differ from it (HR corrects a start date, picks a position for the job title).
/// </summary>
public sealed record ExportedCandidateResource(
    Guid Id,
    string CandidateId,
    string FirstName,
    string? MiddleName,
    string LastName,
    string? Email,
    string? Phone,
    DateOnly? StartDate,
    string? JobTitle,
    string? Location,
    string? HrisProvider,
    RecruiterResource? Recruiter,
    CandidateStatus Status,
    int Revision,
    DateTimeOffset ReceivedAt,
    DateTimeOffset UpdatedAt,
    string? WorkerPersonnelNumber,
    HireRecordResource? Hire = null)
{
    public static Expression<Func<ExportedCandidate, ExportedCandidateResource>> Projection { get; } = c => new ExportedCandidateResource(
        c.Id,
        c.CandidateId,
        c.FirstName,
        c.MiddleName,
        c.LastName,
        c.Email,
        c.Phone,
        c.StartDate,
        c.JobTitle,
        c.Location,
        c.HrisProvider,
        c.RecruiterName != null || c.RecruiterEmail != null ? new RecruiterResource(c.RecruiterName, c.RecruiterEmail) : null,
        c.Status,
        c.Revision,
        c.ReceivedAt,
        c.UpdatedAt,
        c.Worker != null ? c.Worker.PersonnelNumber : null,
        c.HiredEmployment != null
            ? new HireRecordResource(
                c.Worker!.PersonnelNumber,
                c.HiredEmployment.LegalEntityId,
                c.HiredPositionAssignment != null ? c.HiredPositionAssignment.Position!.PositionNumber : null,
                c.HiredPositionAssignment != null ? c.HiredPositionAssignment.Position!.Title : null,
                c.HiredEmployment.StartDate,
                c.HiredRevision)
            : null);

    private static readonly Func<ExportedCandidate, ExportedCandidateResource> FromEntity = Projection.Compile();

    /// <summary>The resource of a candidate just written (its worker, if any, must be loaded).</summary>
    public static ExportedCandidateResource From(ExportedCandidate candidate) => FromEntity(candidate);
}

public sealed record RecruiterResource(string? Name, string? Email);

/// <summary>
/// What HR recorded when it hired the candidate, as it stands now: the worker's personnel number, the employment's legal
/// entity and start date (HR may move it before the employment starts), the position, if any, and the revision of the
/// export HR hired from.
/// </summary>
public sealed record HireRecordResource(
    string PersonnelNumber,
    string LegalEntityId,
    string? PositionNumber,
    string? PositionTitle,
    DateOnly EmploymentStartDate,
    int? Revision);

/// <summary>The result of a single export: the candidate as stored, and whether this is a replay of an earlier response.</summary>
public sealed record ExportReceipt(ExportOutcome Outcome, ExportedCandidateResource Candidate, bool Replayed = false);

/// <summary>One item of a batch, in the order sent; <see cref="Errors"/> is keyed by property path (<c>Recruiter.Email</c>).</summary>
public sealed record ExportItemResult(int Index, ExportOutcome Outcome, Guid? Id, IDictionary<string, string[]>? Errors);

public sealed record ExportBatchReceipt(IReadOnlyList<ExportItemResult> Items, bool Replayed = false);

/// <summary>Where an export comes from: the connection it belongs to, and who sends it (the application, or a recruiter).</summary>
public sealed record ExportSource(Guid ConnectionId, string DefaultPhoneRegion, Actor Actor);

/// <summary>A page of <c>GET /api/v1/exported-candidates</c>; <see cref="NextCursor"/> is null on the last page.</summary>
public sealed record ExportedCandidatePage(IReadOnlyList<ExportedCandidateResource> Items, string? NextCursor);

public sealed record ExportListQuery(CandidateStatus? Status = null, DateTimeOffset? UpdatedSince = null, int Limit = ExportListQuery.DefaultLimit, string? Cursor = null)
{
    public const int DefaultLimit = 50;
    public const int MaxLimit = 200;
}

/// <summary>One field of the exported candidates table, as the metadata endpoint describes it.</summary>
public sealed record ExportField(string Name, string Type, bool Required, int? MaxLength, bool ReadOnly = false);

public sealed record ExportTableMetadata(string Name, int SchemaVersion, DateTimeOffset? GeneratedAt, IReadOnlyList<ExportField> Fields);
