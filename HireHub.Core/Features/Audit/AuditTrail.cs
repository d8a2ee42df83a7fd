using System.Text.Json;
using HireHub.Core.Common;
using HireHub.Core.Data;
using HireHub.Core.Domain;

namespace HireHub.Core.Features.Audit;

/// <summary>Adds an audit event to the unit of work, so it is committed with the change it describes.</summary>
public static class AuditTrail
{
    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web);

    public static void Record(HireHubDbContext db, TimeProvider time, Actor actor, string action, string entityType, string entityId, object? before, object? after) =>
        db.AuditEvents.Add(new AuditEvent
        {
            OccurredAt = time.GetUtcNow(),
            Actor = actor.DisplayName,
            Action = action,
            EntityType = entityType,
            EntityId = entityId,
            Before = before is null ? null : JsonSerializer.Serialize(before, Json),
            After = after is null ? null : JsonSerializer.Serialize(after, Json),
        });
}

public static class AuditActions
{
    public const string WorkerHired = "WorkerHired";
    public const string WorkerRehired = "WorkerRehired";
    public const string CandidateNotHired = "CandidateNotHired";
    public const string CandidateDismissed = "CandidateDismissed";

    /// <summary>A hire undone after the fact (no-show, offer declined): the candidate dismissed, the employment ended.</summary>
    public const string HireDismissed = "HireDismissed";
    public const string CandidateExported = "CandidateExported";
    public const string CandidateReExported = "CandidateReExported";
    public const string WorkerContactChanged = "WorkerContactChanged";
    public const string EmploymentStartChanged = "EmploymentStartChanged";
}
