using HireHub.Core.Data;
using HireHub.Core.Domain;
using Microsoft.EntityFrameworkCore;

namespace HireHub.Core.Features.Candidates;

/// <summary>One entry of the change log as a follower reads it.</summary>
internal sealed record ChangeRead(long Id, Guid CandidateId, CandidateChangeKind Kind);

/// <summary>
/// How far one instance has read the candidate change log, by id. On SQLite writers commit one at a time, so ids
/// become visible in order. SQL Server hands out identity values when rows are inserted, not when they commit: a
/// transaction holding id 10 (a large group of exports, say) can commit after another one's id 11, and a reader that
/// moved past 11 would never see 10 (under read committed snapshot, Azure SQL's default, it does not wait for it). So
/// every id skipped on the way up is kept as a gap and looked up again on every read for <see cref="GapWait"/>, then
/// given up: an id never committed (a rolled-back transaction, SQL Server's identity cache after a restart) leaves a gap
/// for good, and no transaction of HireHub's runs that long.
/// </summary>
internal sealed class ChangeLogPosition
{
    public static readonly TimeSpan GapWait = TimeSpan.FromSeconds(30);

    // Ranges, not ids: one group commit of 1,000 exports is one range. Beyond this many, the oldest is given up.
    private const int MaxGaps = 100;

    private readonly List<Gap> gaps = [];

    /// <summary>The highest id read; null until <see cref="StartAt"/> or the first read.</summary>
    public long? Last { get; private set; }

    /// <summary>Whether the last read reached the end of the log (it returned fewer entries than it could).</summary>
    public bool CaughtUp { get; private set; } = true;

    public void StartAt(long last)
    {
        Last = last;
        gaps.Clear();
    }

    /// <summary>The entries committed since the last read, late ones in the gaps first, each once.</summary>
    public async Task<List<ChangeRead>> ReadAsync(HireHubDbContext db, DateTimeOffset now, int limit, CancellationToken ct)
    {
        gaps.RemoveAll(g => now - g.NoticedAt > GapWait);
        var read = new List<ChangeRead>();
        foreach (var gap in gaps)
        {
            var late = await Entries(db.ChangeLog.Where(c => c.Id >= gap.From && c.Id <= gap.To)).ToListAsync(ct);
            read.AddRange(late.Where(e => gap.Read.Add(e.Id)));
        }

        var started = Last is not null;
        var last = Last ?? 0;
        var next = await Entries(db.ChangeLog.Where(c => c.Id > last)).Take(limit).ToListAsync(ct);
        foreach (var entry in next)
        {
            // Before the first read there is nothing to wait for: what lies below was pruned or committed long ago.
            if (started && entry.Id > last + 1)
            {
                gaps.Add(new Gap(last + 1, entry.Id - 1, now));
            }

            last = entry.Id;
            started = true;
        }

        if (gaps.Count > MaxGaps)
        {
            gaps.RemoveRange(0, gaps.Count - MaxGaps);
        }

        Last = last;
        CaughtUp = next.Count < limit;
        read.AddRange(next);
        return read;
    }

    private static IQueryable<ChangeRead> Entries(IQueryable<ChangeLogEntry> changes) =>
        changes.AsNoTracking().OrderBy(c => c.Id).Select(c => new ChangeRead(c.Id, c.ExportedCandidateId, c.Kind));

    private sealed record Gap(long From, long To, DateTimeOffset NoticedAt)
    {
        public HashSet<long> Read { get; } = [];
    }
}
