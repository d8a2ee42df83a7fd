using HireHub.Core.Common;
using HireHub.Core.Data;
using HireHub.Core.Domain;
using HireHub.Core.Features.Audit;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;

namespace HireHub.Core.Features.Privacy;

/// <summary>
/// A person's rights over their data, exercised by an administrator on their behalf: erasure of a candidate now
/// (by the same rules as retention) and a copy of everything HireHub holds about a candidate or a worker.
/// Both are audited, with ids only.
/// </summary>
public sealed class SubjectRightsService(
    IDbContextFactory<HireHubDbContext> dbFactory,
    CandidateAnonymiser anonymiser,
    TimeProvider time,
    IStringLocalizer<CoreText> text)
{
    public const string ErasureRequest = "Erasure request";
    public const string CandidateDataExported = "CandidateDataExported";
    public const string WorkerDataExported = "WorkerDataExported";

    public async Task<Result<AnonymisedRows>> EraseCandidateAsync(Guid candidateId, Actor actor, CancellationToken ct = default)
    {
        // A hired candidate's data lives on as the worker's employment record, which has its own legal basis.
        var outcome = await anonymiser.AnonymiseAsync(candidateId, ErasureRequest, actor, c => c.Status != CandidateStatus.Hired, ct);
        return outcome.Status switch
        {
            AnonymisationStatus.Anonymised => outcome.Rows!,
            AnonymisationStatus.NotFound => Problem.NotFound(text["CandidateNotFound"]),
            AnonymisationStatus.AlreadyAnonymised => Problem.Conflict(text["CandidateAlreadyErased"]),
            AnonymisationStatus.OnLegalHold => Problem.Conflict(text["CandidateOnLegalHold"]),
            AnonymisationStatus.NotDue => Problem.Conflict(text["CandidateHiredNotErasable"]),
            _ => Problem.Conflict(text["CandidateChangedMeanwhile"]),
        };
    }

    public async Task<Result<CandidateDataExport>> ExportCandidateAsync(Guid candidateId, Actor actor, CancellationToken ct = default)
    {
        await using var db = await dbFactory.CreateDbContextAsync(ct);
        var candidate = await db.ExportedCandidates.AsNoTracking().Include(c => c.Connection).SingleOrDefaultAsync(c => c.Id == candidateId, ct);
        if (candidate is null)
        {
            return Problem.NotFound(text["CandidateNotFound"]);
        }

        var id = candidate.Id.ToString();
        var revisions = await db.CandidateRevisions.AsNoTracking().Where(r => r.ExportedCandidateId == candidateId)
            .OrderBy(r => r.Revision).ThenBy(r => r.Id)
            .Select(r => new RevisionData(r.Revision, r.Field, r.OldValue, r.NewValue, r.RevisedAt))
            .ToListAsync(ct);
        var idempotency = await db.IdempotencyRecords.AsNoTracking().Where(r => r.ResponseBody != null && r.ResponseBody.Contains(id))
            .OrderBy(r => r.Id)
            .Select(r => new { r.CallerId, r.Key, r.Outcome, r.ResponseBody, r.CreatedAt, r.ExpiresAt })
            .ToListAsync(ct);
        var log = await db.IntegrationLog.AsNoTracking().Where(e => e.CandidateId == candidate.CandidateId)
            .OrderBy(e => e.Id)
            .Select(e => new IntegrationLogData(e.OccurredAt, e.Caller, e.StatusCode, e.Reason, e.CandidateId))
            .ToListAsync(ct);
        var audit = await AuditOfAsync(db, [id], ct);

        var export = new CandidateDataExport(
            time.GetUtcNow(),
            new CandidateData(
                candidate.Id, candidate.CandidateId, candidate.Connection?.Name, candidate.FirstName, candidate.MiddleName, candidate.LastName,
                candidate.Email, candidate.Phone, candidate.StartDate, candidate.JobTitle, candidate.Location, candidate.HrisProvider,
                candidate.RecruiterName, candidate.RecruiterEmail, candidate.LegalEntityId, candidate.ReceivedAt, candidate.UpdatedAt,
                candidate.Revision, candidate.Status, candidate.ReasonCode, candidate.Comment, candidate.WorkerId, candidate.ActedBy,
                candidate.ActedAt, candidate.LegalHold, candidate.LegalHoldReason, candidate.RetentionFlaggedAt, candidate.AnonymisedAt),
            revisions,
            idempotency.Select(r => new IdempotencyData(r.CallerId, r.Key, r.Outcome, ResponseOf(r.ResponseBody!, candidateId), r.CreatedAt, r.ExpiresAt)).ToList(),
            log,
            audit);
        await RecordAsync(CandidateDataExported, nameof(ExportedCandidate), id, actor, ct);
        return export;
    }

    public async Task<Result<WorkerDataExport>> ExportWorkerAsync(Guid workerId, Actor actor, CancellationToken ct = default)
    {
        await using var db = await dbFactory.CreateDbContextAsync(ct);
        var worker = await db.Workers.AsNoTracking().SingleOrDefaultAsync(w => w.Id == workerId, ct);
        if (worker is null)
        {
            return Problem.NotFound(text["WorkerNotFound"]);
        }

        var employments = await db.Employments.AsNoTracking().Where(e => e.WorkerId == workerId)
            .OrderBy(e => e.StartDate)
            .Select(e => new EmploymentData(e.LegalEntityId, e.LegalEntity!.Name, e.StartDate, e.EndDate, e.CreatedAt))
            .ToListAsync(ct);
        var assignments = await db.PositionAssignments.AsNoTracking().Where(a => a.WorkerId == workerId)
            .OrderBy(a => a.StartDate)
            .Select(a => new PositionAssignmentData(a.Position!.PositionNumber, a.Position.Title, a.Position.Department, a.Position.LegalEntityId, a.StartDate, a.EndDate))
            .ToListAsync(ct);

        // The hire itself is audited on the candidate the worker came from.
        var fromCandidates = await db.ExportedCandidates.AsNoTracking().Where(c => c.WorkerId == workerId).Select(c => c.Id).ToListAsync(ct);
        var audit = await AuditOfAsync(db, [workerId.ToString(), .. fromCandidates.Select(c => c.ToString())], ct);

        var export = new WorkerDataExport(
            time.GetUtcNow(),
            new WorkerData(worker.Id, worker.PersonnelNumber, worker.FirstName, worker.MiddleName, worker.LastName, worker.Email, worker.Phone, worker.WorkerType, worker.CreatedAt),
            employments,
            assignments,
            fromCandidates,
            audit);
        await RecordAsync(WorkerDataExported, nameof(Worker), workerId.ToString(), actor, ct);
        return export;
    }

    private static Task<List<AuditData>> AuditOfAsync(HireHubDbContext db, List<string> entityIds, CancellationToken ct) =>
        db.AuditEvents.AsNoTracking()
            .Where(e => (e.EntityType == nameof(ExportedCandidate) || e.EntityType == nameof(Worker)) && entityIds.Contains(e.EntityId))
            .OrderBy(e => e.Id)
            .Select(e => new AuditData(e.OccurredAt, e.Actor, e.Action, e.EntityType, e.EntityId, e.Before, e.After))
            .ToListAsync(ct);

    /// <summary>A batch's stored response lists every candidate of the batch: only this one's item is theirs to see.</summary>
    private static string ResponseOf(string body, Guid candidateId)
    {
        if (System.Text.Json.Nodes.JsonNode.Parse(body) is not System.Text.Json.Nodes.JsonArray items)
        {
            return body;
        }

        var own = items.Where(i => string.Equals(i?["id"]?.GetValue<string>(), candidateId.ToString(), StringComparison.OrdinalIgnoreCase)).Select(i => i!.DeepClone()).ToArray();
        return new System.Text.Json.Nodes.JsonArray(own).ToJsonString();
    }

    private async Task RecordAsync(string action, string entityType, string entityId, Actor actor, CancellationToken ct)
    {
        await using var db = await dbFactory.CreateDbContextAsync(ct);
        AuditTrail.Record(db, time, actor, action, entityType, entityId, null, null);
        await db.SaveChangesAsync(ct);
    }
}
