using HireHub.Core.Common;
using HireHub.Core.Data;
using HireHub.Core.Domain;
using Microsoft.EntityFrameworkCore;

namespace HireHub.Core.Features.Integrations;

/// <summary>A refused API call as the Exports page shows it.</summary>
public sealed record IntegrationLogItem(long Id, DateTimeOffset OccurredAt, string Caller, int StatusCode, string Reason, string? CandidateId);

/// <summary>The log of API calls HireHub refused, so a recruiter can see why an export did not arrive.</summary>
public sealed class IntegrationLog(IDbContextFactory<HireHubDbContext> dbFactory, TimeProvider time)
{
    public const string AnonymousCaller = "anonymous";

    /// <summary>Records a refusal. Only the candidate id is kept of what the caller sent: no other personal data.</summary>
    public async Task RecordAsync(string? caller, int statusCode, string reason, string? candidateId, CancellationToken ct = default)
    {
        await using var db = await dbFactory.CreateDbContextAsync(ct);
        db.IntegrationLog.Add(new IntegrationLogEntry
        {
            OccurredAt = time.GetUtcNow(),
            Caller = Truncate(string.IsNullOrWhiteSpace(caller) ? AnonymousCaller : caller, IntegrationLogEntry.CallerMaxLength),
            StatusCode = statusCode,
            Reason = Truncate(reason, IntegrationLogEntry.ReasonMaxLength),
            CandidateId = candidateId is null ? null : Truncate(candidateId, CandidateFields.CandidateIdMaxLength),
        });
        await db.SaveChangesAsync(ct);
    }

    /// <summary>Newest first, searched by caller, reason or candidate id.</summary>
    public async Task<Page<IntegrationLogItem>> ListAsync(PageRequest request, CancellationToken ct = default)
    {
        await using var db = await dbFactory.CreateDbContextAsync(ct);
        return await db.IntegrationLog.AsNoTracking()
            .WhereAnyContains(request.Search, e => e.Caller, e => e.Reason, e => e.CandidateId)
            .ToPageAsync(
                request,
                q => q.OrderByDescending(e => e.OccurredAt).ThenByDescending(e => e.Id),
                e => new IntegrationLogItem(e.Id, e.OccurredAt, e.Caller, e.StatusCode, e.Reason, e.CandidateId),
                ct);
    }

    private static string Truncate(string value, int max) => value.Length <= max ? value : value[..max];
}
