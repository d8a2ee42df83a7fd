using HireHub.Core.Domain;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.ChangeTracking;

namespace HireHub.Core.Data;

/// <summary>
/// Writes the candidate change log (<see cref="ChangeLogEntry"/>) beside the change itself. Every save of a
/// <see cref="ExportedCandidate"/> the context tracks records its entry on the way (<see cref="HireHubDbContext"/>
/// calls <see cref="RecordTrackedChanges"/>), so a writer written later is followed without knowing it; a writer that
/// changes candidates with <c>ExecuteUpdate</c>, past the change tracker, records its entries with <see cref="Record"/>.
/// </summary>
public static class CandidateChangeLog
{
    /// <summary>Adds an entry for a change made without the change tracker; it is saved with the unit's other changes.</summary>
    public static void Record(HireHubDbContext db, Guid candidateId, CandidateChangeKind kind) =>
        db.ChangeLog.Add(new ChangeLogEntry { ExportedCandidateId = candidateId, Kind = kind });

    internal static void RecordTrackedChanges(HireHubDbContext db)
    {
        List<ChangeLogEntry>? entries = null;
        foreach (var entry in db.ChangeTracker.Entries<ExportedCandidate>())
        {
            if (KindOf(entry) is { } kind)
            {
                (entries ??= []).Add(new ChangeLogEntry { ExportedCandidateId = entry.Entity.Id, Kind = kind });
            }
        }

        if (entries is not null)
        {
            db.ChangeLog.AddRange(entries);
        }
    }

    private static CandidateChangeKind? KindOf(EntityEntry<ExportedCandidate> entry) => entry.State switch
    {
        EntityState.Added => CandidateChangeKind.Exported,
        EntityState.Modified when entry.Property(c => c.Status).IsModified => CandidateChangeKind.Decided,
        EntityState.Modified when entry.Property(c => c.AnonymisedAt).IsModified => CandidateChangeKind.Erased,
        EntityState.Modified when entry.Property(c => c.Revision).IsModified => CandidateChangeKind.Revised,
        EntityState.Modified => CandidateChangeKind.Changed,
        _ => null,
    };
}
