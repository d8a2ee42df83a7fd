using System.Data.Common;
using HireHub.Core.Data;
using Microsoft.EntityFrameworkCore;

namespace HireHub.Tests.Core.Privacy;

/// <summary>
/// Looks for a marker in every text column of every table of the EF model, read from its metadata: a table or
/// column added later is scanned without anyone remembering to add it here.
/// </summary>
public static class PersonalDataScan
{
    /// <summary>The text columns scanned (on SQLite ids are text too, and scanned with the rest), as <c>Table.Column</c>: a test checks the scan did not come up empty.</summary>
    public static IReadOnlyList<(string Table, string Column)> TextColumns(HireHubDbContext db) =>
        db.Model.GetRelationalModel().Tables
            .SelectMany(t => t.Columns.Where(c => c.ProviderClrType == typeof(string) || c.StoreType == "TEXT").Select(c => (Table: t.Name, Column: c.Name)))
            .OrderBy(c => c.Table, StringComparer.Ordinal).ThenBy(c => c.Column, StringComparer.Ordinal)
            .ToList();

    /// <summary>Rows holding any of <paramref name="markers"/> (case-insensitive), per <c>Table.Column</c>; columns without any are left out.</summary>
    public static async Task<SortedDictionary<string, long>> FindAsync(HireHubDbContext db, params string[] markers)
    {
        var found = new SortedDictionary<string, long>(StringComparer.Ordinal);
        var connection = db.Database.GetDbConnection();
        await connection.OpenAsync(TestContext.Current.CancellationToken);
        foreach (var (table, column) in TextColumns(db))
        {
            var count = await CountAsync(connection, table, column, markers);
            if (count > 0)
            {
                found[$"{table}.{column}"] = count;
            }
        }

        return found;
    }

    /// <summary>Per table: how many rows hold a marker in any column.</summary>
    public static SortedDictionary<string, long> ByTable(SortedDictionary<string, long> found) =>
        new(found.GroupBy(f => f.Key[..f.Key.IndexOf('.', StringComparison.Ordinal)]).ToDictionary(g => g.Key, g => g.Max(f => f.Value)), StringComparer.Ordinal);

    private static async Task<long> CountAsync(DbConnection connection, string table, string column, string[] markers)
    {
        await using var command = connection.CreateCommand();
        var conditions = markers.Select((_, i) => $"\"{column}\" LIKE @m{i}");
        command.CommandText = $"SELECT COUNT(*) FROM \"{table}\" WHERE {string.Join(" OR ", conditions)}";
        for (var i = 0; i < markers.Length; i++)
        {
            var parameter = command.CreateParameter();
            parameter.ParameterName = $"@m{i}";
            parameter.Value = $"%{markers[i]}%";
            command.Parameters.Add(parameter);
        }

        return Convert.ToInt64(await command.ExecuteScalarAsync(TestContext.Current.CancellationToken), System.Globalization.CultureInfo.InvariantCulture);
    }
}
