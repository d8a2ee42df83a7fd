using HireHub.Core.Common;
using HireHub.Core.Data;
using HireHub.Core.Domain;
using HireHub.Core.Features.Audit;
using Microsoft.EntityFrameworkCore;

namespace HireHub.Core.Features.Administration;

/// <summary>The Tables page: generating the exported candidates table enables it for writes and records its schema version.</summary>
public sealed class TableAdministration(IDbContextFactory<HireHubDbContext> dbFactory, TimeProvider time)
{
    /// <summary>The version of the fields in <see cref="Exports.ExportQueries.Fields"/>; raise it when they change.</summary>
    public const int CurrentSchemaVersion = 1;

    public async Task<bool> IsEnabledAsync(CancellationToken ct = default)
    {
        await using var db = await dbFactory.CreateDbContextAsync(ct);
        return await db.IntegrationTables.AnyAsync(t => t.Name == IntegrationTable.ExportedCandidates && t.IsEnabled, ct);
    }

    public Task<IntegrationTable> GenerateAsync(Actor actor, CancellationToken ct = default) =>
        ChangeAsync(actor, AdminAuditActions.TableGenerated, table =>
        {
            table.IsEnabled = true;
            table.SchemaVersion = CurrentSchemaVersion;
            table.GeneratedAt = time.GetUtcNow();
        }, ct);

    public Task<IntegrationTable> DisableAsync(Actor actor, CancellationToken ct = default) =>
        ChangeAsync(actor, AdminAuditActions.TableDisabled, table => table.IsEnabled = false, ct);

    private async Task<IntegrationTable> ChangeAsync(Actor actor, string action, Action<IntegrationTable> change, CancellationToken ct)
    {
        await using var db = await dbFactory.CreateDbContextAsync(ct);
        var table = await db.IntegrationTables.SingleOrDefaultAsync(t => t.Name == IntegrationTable.ExportedCandidates, ct);
        object? before = table is null ? null : new { table.IsEnabled, table.SchemaVersion, table.GeneratedAt };
        table ??= db.IntegrationTables.Add(new IntegrationTable { Name = IntegrationTable.ExportedCandidates }).Entity;
        change(table);
        AuditTrail.Record(db, time, actor, action, nameof(IntegrationTable), table.Name, before, new { table.IsEnabled, table.SchemaVersion, table.GeneratedAt });
        await db.SaveChangesAsync(ct);
        return table;
    }
}
