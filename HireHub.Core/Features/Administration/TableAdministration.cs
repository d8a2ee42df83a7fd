using HireHub.Core.Common;
using HireHub.Core.Data;
using HireHub.Core.Domain;
using HireHub.Core.Features.Audit;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;

namespace HireHub.Core.Features.Administration;

/// <summary>The exported candidates table as the Tables page shows it; <see cref="Version"/> is null before it was first generated.</summary>
public sealed record IntegrationTableState(bool IsEnabled, int SchemaVersion, DateTimeOffset? GeneratedAt, Guid? Version);

/// <summary>
/// The Tables page: generating the exported candidates table records its schema version (and enables it the first
/// time); Disable stops every ATS's writes and Enable undoes exactly that, so refreshing the schema is never the undo.
/// </summary>
public sealed class TableAdministration(IDbContextFactory<HireHubDbContext> dbFactory, IStringLocalizer<CoreText> text, TimeProvider time)
{
    /// <summary>The version of the fields in <see cref="Exports.ExportQueries.Fields"/>; raise it when they change.</summary>
    public const int CurrentSchemaVersion = 1;

    public async Task<IntegrationTableState> StateAsync(CancellationToken ct = default)
    {
        await using var db = await dbFactory.CreateDbContextAsync(ct);
        var table = await db.IntegrationTables.AsNoTracking().SingleOrDefaultAsync(t => t.Name == IntegrationTable.ExportedCandidates, ct);
        return State(table);
    }

    /// <summary>The linked connections whose API writes a Disable would stop, by name, for the confirmation to name them.</summary>
    public async Task<IReadOnlyList<string>> ConnectionsWritingAsync(CancellationToken ct = default)
    {
        await using var db = await dbFactory.CreateDbContextAsync(ct);
        return await db.AtsConnections.AsNoTracking()
            .Where(c => c.Status == ConnectionStatus.Linked && c.ClientId != Guid.Empty)
            .OrderBy(c => c.Name).Select(c => c.Name).ToListAsync(ct);
    }

    /// <summary>Records the current schema; a table generated for the first time is enabled, a disabled one stays disabled.</summary>
    /// <param name="version">The <see cref="IntegrationTableState.Version"/> the administrator's page read.</param>
    public Task<Result<IntegrationTableState>> GenerateAsync(Guid? version, Actor actor, CancellationToken ct = default) =>
        ChangeAsync(version, actor, AdminAuditActions.TableGenerated, (table, isNew) =>
        {
            table.IsEnabled |= isNew;
            table.SchemaVersion = CurrentSchemaVersion;
            table.GeneratedAt = time.GetUtcNow();
        }, ct);

    /// <summary>Undoes <see cref="DisableAsync"/>: the ATSs may write again, with the schema as it was.</summary>
    /// <param name="version">The <see cref="IntegrationTableState.Version"/> the administrator's page read.</param>
    public async Task<Result<IntegrationTableState>> EnableAsync(Guid? version, Actor actor, CancellationToken ct = default) =>
        version is null
            ? Problem.Conflict(text["TableNotGenerated"])
            : await ChangeAsync(version, actor, AdminAuditActions.TableEnabled, (table, _) => table.IsEnabled = true, ct);

    /// <param name="version">The <see cref="IntegrationTableState.Version"/> the administrator's page read.</param>
    public Task<Result<IntegrationTableState>> DisableAsync(Guid? version, Actor actor, CancellationToken ct = default) =>
        ChangeAsync(version, actor, AdminAuditActions.TableDisabled, (table, _) => table.IsEnabled = false, ct);

    private Task<Result<IntegrationTableState>> ChangeAsync(Guid? version, Actor actor, string action, Action<IntegrationTable, bool> change, CancellationToken ct) =>
        StaleEdits.WriteAsync<IntegrationTableState>(dbFactory, text, async (db, attemptCt) =>
        {
            var table = await db.IntegrationTables.SingleOrDefaultAsync(t => t.Name == IntegrationTable.ExportedCandidates, attemptCt);
            if (table is null ? version is not null : StaleEdits.IsStale(table, version))
            {
                return StaleEdits.Refusal(text);
            }

            object? before = table is null ? null : new { table.IsEnabled, table.SchemaVersion, table.GeneratedAt };
            var isNew = table is null;
            table ??= db.IntegrationTables.Add(new IntegrationTable { Name = IntegrationTable.ExportedCandidates }).Entity;
            change(table, isNew);
            StaleEdits.Touch(table);
            AuditTrail.Record(db, time, actor, action, nameof(IntegrationTable), table.Name, before, new { table.IsEnabled, table.SchemaVersion, table.GeneratedAt });
            await db.SaveChangesAsync(attemptCt);
            return State(table);
        }, ct);

    private static IntegrationTableState State(IntegrationTable? table) =>
        table is null ? new(false, 0, null, null) : new(table.IsEnabled, table.SchemaVersion, table.GeneratedAt, table.Version);
}
