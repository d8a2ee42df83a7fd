using HireHub.Core.Common;
using HireHub.Core.Data;
using HireHub.Core.Domain;
using Microsoft.EntityFrameworkCore;

namespace HireHub.Core.Features.Integrations;

/// <summary>A refused API call as the Exports page shows it.</summary>
public sealed record IntegrationLogItem(long Id, DateTimeOffset OccurredAt, string Caller, int StatusCode, string Reason, string? CandidateId);

/// <summary>What the integration log is narrowed to besides its search: some callers, a time range (from up to, not including, to).</summary>
public sealed record IntegrationLogFilter(IReadOnlyList<string>? Callers = null, DateTimeOffset? From = null, DateTimeOffset? To = null)
{
    public static IntegrationLogFilter None { get; } = new();

    public bool IsNone => Callers is null && From is null && To is null;

    public bool Equals(IntegrationLogFilter? other) =>
        other is not null && From == other.From && To == other.To
        && (Callers is null ? other.Callers is null : other.Callers is not null && Callers.SequenceEqual(other.Callers));

    public override int GetHashCode() => HashCode.Combine(From, To, Callers?.Count);

    /// <summary>How a caller with <paramref name="clientId"/> is logged: its token's client ID as sent, in lower or upper case.</summary>
    public static IReadOnlyList<string> CallersOf(Guid clientId) => [clientId.ToString(), clientId.ToString().ToUpperInvariant()];
}

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
    public Task<Page<IntegrationLogItem>> ListAsync(PageRequest request, CancellationToken ct = default) => ListAsync(request, IntegrationLogFilter.None, ct);

    public async Task<Page<IntegrationLogItem>> ListAsync(PageRequest request, IntegrationLogFilter filter, CancellationToken ct = default)
    {
        await using var db = await dbFactory.CreateDbContextAsync(ct);
        return await Filtered(db.IntegrationLog.AsNoTracking(), filter)
            .WhereAnyContains(request.Search, e => e.Caller, e => e.Reason, e => e.CandidateId)
            .ToPageAsync(
                request,
                q => q.OrderByDescending(e => e.OccurredAt).ThenByDescending(e => e.Id),
                e => new IntegrationLogItem(e.Id, e.OccurredAt, e.Caller, e.StatusCode, e.Reason, e.CandidateId),
                ct);
    }

    /// <summary>The entries <paramref name="filter"/> keeps; the Home page counts with the same conditions.</summary>
    internal static IQueryable<IntegrationLogEntry> Filtered(IQueryable<IntegrationLogEntry> query, IntegrationLogFilter filter)
    {
        if (filter.Callers is { } callers)
        {
            query = query.Where(e => callers.Contains(e.Caller));
        }

        if (filter.From is { } from)
        {
            query = query.Where(e => e.OccurredAt >= from);
        }

        if (filter.To is { } to)
        {
            query = query.Where(e => e.OccurredAt < to);
        }

        return query;
    }

    private static string Truncate(string value, int max) => value.Length <= max ? value : value[..max];
}
