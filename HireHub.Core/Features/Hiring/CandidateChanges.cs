using HireHub.Core.Data;
using Microsoft.EntityFrameworkCore;

namespace HireHub.Core.Features.Hiring;

/// <summary>What re-exports changed in a candidate after a revision HR saw, read from its revision history.</summary>
internal static class CandidateChanges
{
    /// <summary>Null when the candidate does not exist.</summary>
    public static async Task<CandidateChangesSince?> SinceAsync(HireHubDbContext db, Guid candidateId, int seenRevision, CancellationToken ct)
    {
        var current = await db.ExportedCandidates.AsNoTracking().Where(c => c.Id == candidateId).Select(c => (int?)c.Revision).SingleOrDefaultAsync(ct);
        if (current is not { } revision)
        {
            return null;
        }

        if (revision <= seenRevision)
        {
            return new CandidateChangesSince(seenRevision, revision, []);
        }

        var history = await db.CandidateRevisions.AsNoTracking()
            .Where(r => r.ExportedCandidateId == candidateId && r.Revision > seenRevision)
            .OrderBy(r => r.Revision).ThenBy(r => r.Id)
            .Select(r => new { r.Field, r.OldValue, r.NewValue })
            .ToListAsync(ct);

        // Each field from the value HR saw (before its first change since) to its value now (after its last change).
        var changes = history.GroupBy(r => r.Field, StringComparer.Ordinal)
            .Select(g => new CandidateChange(g.Key, g.First().OldValue, g.Last().NewValue))
            .Where(c => !string.Equals(c.OldValue, c.NewValue, StringComparison.Ordinal))
            .ToList();
        return new CandidateChangesSince(seenRevision, revision, changes);
    }
}
