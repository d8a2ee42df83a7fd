using System.Data.Common;
using System.Runtime.CompilerServices;
using HireHub.Core.Domain;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Diagnostics;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Storage;

namespace HireHub.Core.Features.Integrations;

/// <summary>
/// Tells <see cref="RegistryCache"/> when anything the API's registry check reads has changed. It watches the one
/// place every write of this instance passes, the commands EF sends: <c>SaveChanges</c> (the administration pages
/// and services, the reference data at start-up) and <c>ExecuteUpdate</c>/<c>ExecuteDelete</c>/raw SQL alike, which
/// a SaveChanges interceptor would miss. A write that names one of the registry's tables (application users and
/// their roles, security roles, connections, Entra applications, people, integration tables) invalidates the cache
/// once it has executed and again once its transaction commits: the second is the one that matters, since a
/// request reading in between would still see the old rows.
/// </summary>
internal sealed class RegistryChangeWatch(RegistryCache cache) : DbCommandInterceptor, IDbTransactionInterceptor
{
    private static readonly Type[] RegistryEntities =
        [typeof(ApplicationUser), typeof(ApplicationUserRole), typeof(SecurityRole), typeof(AtsConnection), typeof(EntraApplication), typeof(HireHubPerson), typeof(IntegrationTable)];

    private readonly ConditionalWeakTable<DbTransaction, object> writing = [];
    private string[]? tables;

    public override DbDataReader ReaderExecuted(DbCommand command, CommandExecutedEventData eventData, DbDataReader result)
    {
        Seen(command, eventData);
        return result;
    }

    public override ValueTask<DbDataReader> ReaderExecutedAsync(DbCommand command, CommandExecutedEventData eventData, DbDataReader result, CancellationToken cancellationToken = default)
    {
        Seen(command, eventData);
        return ValueTask.FromResult(result);
    }

    public override int NonQueryExecuted(DbCommand command, CommandExecutedEventData eventData, int result)
    {
        Seen(command, eventData);
        return result;
    }

    public override ValueTask<int> NonQueryExecutedAsync(DbCommand command, CommandExecutedEventData eventData, int result, CancellationToken cancellationToken = default)
    {
        Seen(command, eventData);
        return ValueTask.FromResult(result);
    }

    public override object? ScalarExecuted(DbCommand command, CommandExecutedEventData eventData, object? result)
    {
        Seen(command, eventData);
        return result;
    }

    public override ValueTask<object?> ScalarExecutedAsync(DbCommand command, CommandExecutedEventData eventData, object? result, CancellationToken cancellationToken = default)
    {
        Seen(command, eventData);
        return ValueTask.FromResult(result);
    }

    public void TransactionCommitted(DbTransaction transaction, TransactionEndEventData eventData) => Committed(transaction);

    public Task TransactionCommittedAsync(DbTransaction transaction, TransactionEndEventData eventData, CancellationToken cancellationToken = default)
    {
        Committed(transaction);
        return Task.CompletedTask;
    }

    private void Seen(DbCommand command, CommandEventData eventData)
    {
        // Queries, including the registry's own reads, change nothing.
        if (eventData.CommandSource is CommandSource.LinqQuery or CommandSource.FromSqlQuery or CommandSource.Scaffolding || eventData.Context is not { } context)
        {
            return;
        }

        if (!NamesARegistryTable(command.CommandText, context))
        {
            return;
        }

        if (command.Transaction is { } transaction)
        {
            writing.AddOrUpdate(transaction, transaction);
        }

        cache.Invalidate();
    }

    private void Committed(DbTransaction transaction)
    {
        if (writing.TryGetValue(transaction, out _))
        {
            writing.Remove(transaction);
            cache.Invalidate();
        }
    }

    private bool NamesARegistryTable(string sql, DbContext context)
    {
        tables ??= TablesOf(context);
        foreach (var table in tables)
        {
            if (sql.Contains(table, StringComparison.Ordinal))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>The registry's tables as the provider writes them in SQL (<c>"People"</c> on SQLite, <c>[People]</c> on SQL Server).</summary>
    private static string[] TablesOf(DbContext context)
    {
        var sql = context.GetService<ISqlGenerationHelper>();
        return RegistryEntities
            .Select(t => context.Model.FindEntityType(t) ?? throw new InvalidOperationException($"{t.Name} is not in the model."))
            .Select(e => sql.DelimitIdentifier(e.GetTableName()!, e.GetSchema()))
            .Distinct()
            .ToArray();
    }
}
