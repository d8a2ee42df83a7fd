using HireHub.Core.Common;
using HireHub.Core.Data;
using HireHub.Core.Domain;
using Microsoft.EntityFrameworkCore;

namespace HireHub.Core.Features.Administration;

/// <summary>
/// Candidates and workers as the audit log names them: an event keeps the record's internal id (a GUID nobody
/// recognises), the page shows "Zoe Okafor (E2E-ZOE-1)" and finds her events when her name or ID is typed.
/// </summary>
internal static class AuditRecordNames
{
    /// <summary>At most this many candidates and workers a typed name stands for; a name that matches more is too vague to list them all.</summary>
    public const int MaxMatches = 500;

    /// <summary>The ids (as the events keep them) of the candidates and workers whose name or ID holds <paramref name="search"/>.</summary>
    public static async Task<List<string>> MatchingAsync(HireHubDbContext db, string search, CancellationToken ct)
    {
        var candidates = await db.ExportedCandidates.AsNoTracking()
            .WhereAnyContains(search, c => c.FirstName + " " + c.LastName, c => c.CandidateId)
            .Select(c => c.Id).Take(MaxMatches).ToListAsync(ct);
        var workers = await db.Workers.AsNoTracking()
            .WhereAnyContains(search, w => w.FirstName + " " + w.LastName, w => w.PersonnelNumber)
            .Select(w => w.Id).Take(MaxMatches).ToListAsync(ct);
        return [.. candidates.Concat(workers).Select(id => id.ToString())];
    }

    /// <summary>The names of the candidates and workers among <paramref name="entries"/>, by (record type, id).</summary>
    public static async Task<Dictionary<(string, string), string>> OfAsync(HireHubDbContext db, IReadOnlyList<AuditLogEntry> entries, CancellationToken ct)
    {
        List<Guid> Ids(string type) =>
            [.. entries.Where(e => e.EntityType == type).Select(e => Guid.TryParse(e.EntityId, out var id) ? id : Guid.Empty).Where(id => id != Guid.Empty).Distinct()];

        var candidateIds = Ids(nameof(ExportedCandidate));
        var workerIds = Ids(nameof(Worker));
        var candidates = await db.ExportedCandidates.AsNoTracking().Where(c => candidateIds.Contains(c.Id))
            .Select(c => new { c.Id, c.FirstName, c.MiddleName, c.LastName, Number = c.CandidateId }).ToListAsync(ct);
        var workers = await db.Workers.AsNoTracking().Where(w => workerIds.Contains(w.Id))
            .Select(w => new { w.Id, w.FirstName, w.MiddleName, w.LastName, Number = w.PersonnelNumber }).ToListAsync(ct);
        return candidates.Select(c => ((nameof(ExportedCandidate), c.Id.ToString()), $"{FullName.Of(c.FirstName, c.MiddleName, c.LastName)} ({c.Number})"))
            .Concat(workers.Select(w => ((nameof(Worker), w.Id.ToString()), $"{FullName.Of(w.FirstName, w.MiddleName, w.LastName)} ({w.Number})")))
            .ToDictionary(p => p.Item1, p => p.Item2);
    }
}
