using System.Text.Json;
using HireHub.Core.Common;
using HireHub.Core.Data;
using HireHub.Core.Domain;
using HireHub.Core.Features.Administration;
using HireHub.Core.Features.Integrations;
using HireHub.Core.Features.Privacy;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Caching.Memory;
using Microsoft.Extensions.Options;

namespace HireHub.Core.Features.Dashboard;

/// <summary>A connection's setup health check verdict: the steps of <see cref="SetupHealthCheck"/> it fails (none: all green).</summary>
public sealed record ConnectionHealth(Guid ConnectionId, string Name, ConnectionStatus Status, IReadOnlyList<RegistryStep> Failing)
{
    public bool AllPassed => Failing.Count == 0;
}

/// <summary>The Admin section of the Home page.</summary>
/// <param name="HealthCheckedAt">When the verdicts were worked out: they are kept for <see cref="AdminDashboardQueries.HealthKeptFor"/>.</param>
/// <param name="LastSweep">The latest retention sweep any instance recorded; null before the first.</param>
public sealed record AdminDashboard(
    IReadOnlyList<ConnectionHealth> Connections,
    DateTimeOffset HealthCheckedAt,
    Periods Days,
    IReadOnlyList<int> RefusalsPerDay,
    bool RetentionEnabled,
    RetentionSweepRun? LastSweep);

/// <summary>
/// An administrator's figures. Each connection's verdict is the setup health check's own (its steps, not the live
/// round trip, which posts a test export over HTTP), kept in memory for <see cref="HealthKeptFor"/> so a Home page
/// opened by many admins does not run five queries per connection each time. A registry change made through this
/// instance is seen at once (the registry cache's generation is part of the key); one made by another instance within
/// the 30 seconds. The retention sweep's runs are read from the audit log, where every instance records its own.
/// </summary>
public sealed class AdminDashboardQueries : IDisposable
{
    public static readonly TimeSpan HealthKeptFor = TimeSpan.FromSeconds(30);

    public const int RefusalDayCount = 14;

    private readonly IDbContextFactory<HireHubDbContext> dbFactory;
    private readonly SetupHealthCheck healthCheck;
    private readonly RegistryCache registry;
    private readonly IOptions<RetentionOptions> retention;
    private readonly TimeProvider time;
    private readonly MemoryCache verdicts;

    public AdminDashboardQueries(IDbContextFactory<HireHubDbContext> dbFactory, SetupHealthCheck healthCheck, RegistryCache registry, IOptions<RetentionOptions> retention, TimeProvider time)
    {
        this.dbFactory = dbFactory;
        this.healthCheck = healthCheck;
        this.registry = registry;
        this.retention = retention;
        this.time = time;
        verdicts = new(new MemoryCacheOptions { Clock = new TimeProviderClock(time) });
    }

    /// <summary>An administrator's figures, with days in their time zone (<paramref name="person"/>).</summary>
    public async Task<AdminDashboard> LoadAsync(PersonTime person, CancellationToken ct = default)
    {
        var (connections, checkedAt) = await ConnectionHealthAsync(ct);
        await using var db = await dbFactory.CreateDbContextAsync(ct);
        var days = Periods.Days(time.GetUtcNow(), RefusalDayCount, person);
        var refusals = await PeriodCounts.CountAsync(db.IntegrationLog.AsNoTracking(), e => e.OccurredAt, days, ct);
        var lastSweep = await db.AuditEvents.AsNoTracking()
            .Where(e => e.EntityType == RetentionSweep.SweepRecord && e.EntityId == RetentionSweep.SweepRecordId)
            .OrderByDescending(e => e.Id)
            .Select(e => e.After)
            .FirstOrDefaultAsync(ct);
        return new AdminDashboard(
            connections,
            checkedAt,
            days,
            refusals,
            retention.Value.Enabled,
            lastSweep is null ? null : JsonSerializer.Deserialize<RetentionSweepRun>(lastSweep, JsonSerializerOptions.Web));
    }

    private async Task<Verdicts> ConnectionHealthAsync(CancellationToken ct)
    {
        // Read before checking: a change committed meanwhile moves the generation on, so this result is never served after it.
        var generation = registry.Generation;
        if (verdicts.TryGetValue(generation, out Verdicts? kept) && kept is not null)
        {
            return kept;
        }

        List<Guid> ids;
        await using (var db = await dbFactory.CreateDbContextAsync(ct))
        {
            // The Manual entry connection has no application signing in, so nothing for the check to check.
            ids = await db.AtsConnections.AsNoTracking().Where(c => c.ClientId != Guid.Empty).OrderBy(c => c.Name).Select(c => c.Id).ToListAsync(ct);
        }

        var checkedAt = time.GetUtcNow();
        var connections = new List<ConnectionHealth>(ids.Count);
        foreach (var id in ids)
        {
            if (await healthCheck.CheckAsync(id, ct) is { } health)
            {
                connections.Add(new ConnectionHealth(id, health.Connection.Name, health.Connection.Status, health.Steps.Where(s => !s.Passed).Select(s => s.Step).ToList()));
            }
        }

        return verdicts.Set(generation, new Verdicts(connections, checkedAt), checkedAt + HealthKeptFor);
    }

    private sealed record Verdicts(IReadOnlyList<ConnectionHealth> Connections, DateTimeOffset CheckedAt);

    public void Dispose() => verdicts.Dispose();

    private sealed class TimeProviderClock(TimeProvider time) : Microsoft.Extensions.Internal.ISystemClock
    {
        public DateTimeOffset UtcNow => time.GetUtcNow();
    }
}
