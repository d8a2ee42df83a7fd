using HireHub.Core.Common;
using HireHub.Core.Data;
using HireHub.Core.Domain;
using HireHub.Core.Features.Exports;
using HireHub.Core.Features.Integrations;
using Microsoft.EntityFrameworkCore;

namespace HireHub.Core.Features.Dashboard;

/// <summary>An applicant tracking system that sent the recruiter's exports, and how many of its API calls HireHub refused lately.</summary>
public sealed record AtsRefusals(Guid ConnectionId, string Name, Guid ClientId, int Refused);

/// <summary>The Recruiter section of the Home page: the recruiter's exports by what HR did with them, their ATSs' refusals, and a chart.</summary>
public sealed record RecruiterDashboard(
    string Email,
    IReadOnlyDictionary<CandidateStatus, int> ByStatus,
    DateTimeOffset RefusalsSince,
    IReadOnlyList<AtsRefusals> Refusals,
    WeeklyCounts Weeks);

/// <summary>
/// A recruiter's figures. "Mine" is what <see cref="RecruiterExports"/> says: exports whose recruiter email is the
/// recruiter's own, which the ATS sends with every export it makes for them and the Export to HRIS form fills in.
/// "My ATS" is every connection with an application that has sent one of those exports: the integration log knows a
/// call only by the client ID of the application that made it.
/// </summary>
public sealed class RecruiterDashboardQueries(IDbContextFactory<HireHubDbContext> dbFactory, TimeProvider time)
{
    public const int RefusalDays = 7;

    /// <summary>The figures of the recruiter signed in as <paramref name="email"/>, with weeks in their time zone (<paramref name="person"/>).</summary>
    public async Task<RecruiterDashboard> LoadAsync(string email, PersonTime person, CancellationToken ct = default)
    {
        await using var db = await dbFactory.CreateDbContextAsync(ct);
        var now = time.GetUtcNow();
        var mine = db.ExportedCandidates.AsNoTracking().Where(RecruiterExports.Of(email));

        var byStatus = await mine.GroupBy(c => c.Status).Select(g => new { Status = g.Key, Count = g.Count() }).ToDictionaryAsync(g => g.Status, g => g.Count, ct);
        foreach (var status in Enum.GetValues<CandidateStatus>())
        {
            byStatus.TryAdd(status, 0);
        }

        // Per connection (a handful), whether one of the recruiter's exports came through it: the first found will do.
        var connections = await db.AtsConnections.AsNoTracking()
            .Where(c => c.ClientId != Guid.Empty && mine.Any(e => e.ConnectionId == c.Id))
            .OrderBy(c => c.Name)
            .Select(c => new { c.Id, c.Name, c.ClientId })
            .ToListAsync(ct);
        var since = now.AddDays(-RefusalDays);
        var refusals = new List<AtsRefusals>(connections.Count);
        foreach (var connection in connections)
        {
            var refused = await IntegrationLog.Filtered(db.IntegrationLog.AsNoTracking(), new IntegrationLogFilter(IntegrationLogFilter.CallersOf(connection.ClientId), since)).CountAsync(ct);
            refusals.Add(new AtsRefusals(connection.Id, connection.Name, connection.ClientId, refused));
        }

        var weeks = Periods.Weeks(now, HrDashboardQueries.WeekCount, person);
        var received = await PeriodCounts.CountAsync(mine, c => c.ReceivedAt, weeks, ct);
        var hired = await PeriodCounts.CountAsync(mine.Where(c => c.Status == CandidateStatus.Hired), c => c.ActedAt, weeks, ct);
        return new RecruiterDashboard(email.Trim(), byStatus, since, refusals, new WeeklyCounts(weeks, received, hired));
    }
}
