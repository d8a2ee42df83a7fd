using System.Runtime.CompilerServices;
using HireHub.Core.Common;
using HireHub.Core.Domain;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Diagnostics;
using Microsoft.Extensions.Logging;

namespace HireHub.Core.Features.Administration;

/// <summary>
/// Every administrative change already writes an audit event in its own transaction; this reports each one to the
/// security event log once that transaction has committed, so no administration service has to remember to.
/// Only the action, the record type and its ID are logged: who did it, by name, stays in the audit log.
/// </summary>
internal sealed class ConfigurationChangeLog(ILogger logger) : SaveChangesInterceptor
{
    private readonly ConditionalWeakTable<DbContext, List<AuditEvent>> pending = [];

    public override InterceptionResult<int> SavingChanges(DbContextEventData eventData, InterceptionResult<int> result)
    {
        Collect(eventData.Context);
        return result;
    }

    public override ValueTask<InterceptionResult<int>> SavingChangesAsync(DbContextEventData eventData, InterceptionResult<int> result, CancellationToken cancellationToken = default)
    {
        Collect(eventData.Context);
        return ValueTask.FromResult(result);
    }

    public override int SavedChanges(SaveChangesCompletedEventData eventData, int result)
    {
        Report(eventData.Context);
        return result;
    }

    public override ValueTask<int> SavedChangesAsync(SaveChangesCompletedEventData eventData, int result, CancellationToken cancellationToken = default)
    {
        Report(eventData.Context);
        return ValueTask.FromResult(result);
    }

    public override void SaveChangesFailed(DbContextErrorEventData eventData) => Forget(eventData.Context);

    public override Task SaveChangesFailedAsync(DbContextErrorEventData eventData, CancellationToken cancellationToken = default)
    {
        Forget(eventData.Context);
        return Task.CompletedTask;
    }

    private void Collect(DbContext? context)
    {
        if (context is null)
        {
            return;
        }

        var changes = context.ChangeTracker.Entries<AuditEvent>()
            .Where(e => e.State == EntityState.Added && AdminAuditActions.All.Contains(e.Entity.Action))
            .Select(e => e.Entity)
            .ToList();
        if (changes.Count > 0)
        {
            pending.AddOrUpdate(context, changes);
        }
    }

    private void Report(DbContext? context)
    {
        if (context is null || !pending.TryGetValue(context, out var changes))
        {
            return;
        }

        pending.Remove(context);
        foreach (var change in changes)
        {
            logger.ConfigurationChanged(change.Action, change.EntityType, LogValue.Safe(change.EntityId, 100), change.OccurredAt.ToUniversalTime());
        }
    }

    private void Forget(DbContext? context)
    {
        if (context is not null)
        {
            pending.Remove(context);
        }
    }
}
