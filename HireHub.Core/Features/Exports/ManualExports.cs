using HireHub.Core.Common;
using HireHub.Core.Data;
using Microsoft.EntityFrameworkCore;

namespace HireHub.Core.Features.Exports;

/// <summary>Exports a recruiter makes by hand (form or CSV upload), under the reference data's Manual entry connection.</summary>
public sealed partial class ManualExports(IDbContextFactory<HireHubDbContext> dbFactory, ExportService exports)
{
    /// <summary>The largest CSV file the upload accepts.</summary>
    public const long MaxCsvBytes = 10 * 1024 * 1024;

    /// <summary>Rows are stored this many at a time: each chunk is one short transaction, and progress moves per chunk.</summary>
    public const int CsvChunkSize = 200;

    public async Task<Result<ExportSource>> SourceAsync(Actor recruiter, CancellationToken ct = default)
    {
        await using var db = await dbFactory.CreateDbContextAsync(ct);
        var connectionId = await db.AtsConnections.AsNoTracking()
            .Where(c => c.Name == ReferenceData.ManualEntryConnectionName)
            .Select(c => c.Id)
            .SingleOrDefaultAsync(ct);
        return await exports.SourceAsync(connectionId, recruiter, ct);
    }
}
