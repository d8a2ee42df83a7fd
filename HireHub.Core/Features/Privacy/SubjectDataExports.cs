using HireHub.Core.Domain;

namespace HireHub.Core.Features.Privacy;

// The shape of a subject access export: every table's rows about one person, as plain records serialised to JSON.

public sealed record CandidateDataExport(
    DateTimeOffset ExportedAt,
    CandidateData Candidate,
    IReadOnlyList<RevisionData> Revisions,
    IReadOnlyList<IdempotencyData> IdempotencyRecords,
    IReadOnlyList<IntegrationLogData> IntegrationLog,
    IReadOnlyList<AuditData> AuditEvents);

public sealed record CandidateData(
    Guid Id,
    string CandidateId,
    string? Source,
    string FirstName,
    string? MiddleName,
    string LastName,
    string? Email,
    string? Phone,
    DateOnly? StartDate,
    string? JobTitle,
    string? Location,
    string? HrisProvider,
    string? RecruiterName,
    string? RecruiterEmail,
    string? LegalEntityId,
    DateTimeOffset ReceivedAt,
    DateTimeOffset UpdatedAt,
    int Revision,
    CandidateStatus Status,
    string? ReasonCode,
    string? Comment,
    Guid? WorkerId,
    string? ActedBy,
    DateTimeOffset? ActedAt,
    bool LegalHold,
    string? LegalHoldReason,
    DateTimeOffset? RetentionFlaggedAt,
    DateTimeOffset? AnonymisedAt);

public sealed record RevisionData(int Revision, string Field, string? OldValue, string? NewValue, DateTimeOffset RevisedAt);

public sealed record IdempotencyData(string CallerId, string Key, string? Outcome, string ResponseBody, DateTimeOffset CreatedAt, DateTimeOffset ExpiresAt);

public sealed record IntegrationLogData(DateTimeOffset OccurredAt, string Caller, int StatusCode, string Reason, string? CandidateId);

public sealed record AuditData(DateTimeOffset OccurredAt, string Actor, string Action, string EntityType, string EntityId, string? Before, string? After);

public sealed record WorkerDataExport(
    DateTimeOffset ExportedAt,
    WorkerData Worker,
    IReadOnlyList<EmploymentData> Employments,
    IReadOnlyList<PositionAssignmentData> PositionAssignments,
    IReadOnlyList<Guid> HiredFromCandidates,
    IReadOnlyList<AuditData> AuditEvents);

public sealed record WorkerData(Guid Id, string PersonnelNumber, string FirstName, string? MiddleName, string LastName, string? Email, string? Phone, WorkerType WorkerType, DateTimeOffset CreatedAt);

public sealed record EmploymentData(string LegalEntityId, string LegalEntityName, DateOnly StartDate, DateOnly? EndDate, DateTimeOffset CreatedAt);

public sealed record PositionAssignmentData(string PositionNumber, string Title, string Department, string LegalEntityId, DateOnly StartDate, DateOnly? EndDate);

/// <summary>How a subject access export is written: readable, camelCase like the API, enums by name.</summary>
public static class SubjectDataJson
{
    private static readonly System.Text.Json.JsonSerializerOptions Options = new(System.Text.Json.JsonSerializerDefaults.Web)
    {
        WriteIndented = true,
        Converters = { new System.Text.Json.Serialization.JsonStringEnumConverter() },
    };

    public static string Serialize<T>(T export) => System.Text.Json.JsonSerializer.Serialize(export, Options);
}
