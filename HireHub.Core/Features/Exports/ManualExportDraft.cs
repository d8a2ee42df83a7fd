using System.Globalization;
using HireHub.Core.Common;
using HireHub.Core.Data;
using HireHub.Core.Domain;
using Microsoft.EntityFrameworkCore;

namespace HireHub.Core.Features.Exports;

/// <summary>
/// A candidate the recruiter already exported by hand, as the Export to HRIS form loads it when its ID is typed: the
/// values now stored and the revision an export would update. An export is still the whole record (the API's
/// semantics); loading them first is what keeps a re-export from blanking what the recruiter did not retype.
/// </summary>
public sealed record ManualExportDraft(ExportCandidate Values, int Revision, string Name);

public sealed partial class ManualExports
{
    /// <summary>The Manual entry candidate with <paramref name="candidateId"/>; null when there is none, or it was erased.</summary>
    public async Task<ManualExportDraft?> DraftAsync(string? candidateId, CancellationToken ct = default)
    {
        var id = candidateId?.Trim();
        if (string.IsNullOrEmpty(id))
        {
            return null;
        }

        await using var db = await dbFactory.CreateDbContextAsync(ct);
        var stored = await db.ExportedCandidates.AsNoTracking()
            .Where(c => c.Connection!.Name == ReferenceData.ManualEntryConnectionName && c.CandidateId == id && c.AnonymisedAt == null)
            .SingleOrDefaultAsync(ct);
        return stored is null ? null : new ManualExportDraft(ValuesOf(stored), stored.Revision, FullName.Of(stored.FirstName, stored.MiddleName, stored.LastName));
    }

    private static ExportCandidate ValuesOf(ExportedCandidate stored) => new()
    {
        CandidateId = stored.CandidateId,
        FirstName = stored.FirstName,
        MiddleName = stored.MiddleName,
        LastName = stored.LastName,
        Email = stored.Email,
        Phone = stored.Phone,
        StartDate = stored.StartDate?.ToString(ExportCandidateValidator.DateFormat, CultureInfo.InvariantCulture),
        JobTitle = stored.JobTitle,
        Location = stored.Location,
        HrisProvider = stored.HrisProvider,
        Recruiter = new ExportRecruiter { Name = stored.RecruiterName, Email = stored.RecruiterEmail },
    };
}
