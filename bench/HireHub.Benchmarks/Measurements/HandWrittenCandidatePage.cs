using HireHub.Core.Common;
using Microsoft.Data.Sqlite;

namespace HireHub.Benchmarks.Measurements;

/// <summary>
/// P3's ceiling: the page the panel shows (its rows and its total), as SQL written by hand for SQLite, on one
/// open connection with prepared commands; what the database needs, without EF, DI or the readiness check.
/// </summary>
internal sealed class HandWrittenCandidatePage(string connectionString) : IDisposable
{
    private const string Columns = """
        c.Id, c.FirstName, c.MiddleName, c.LastName, c.JobTitle, c.Location, c.StartDate, c.Email, c.Phone,
        a.Name, a.DefaultPhoneRegion, c.ReceivedAt, c.Revision
        """;

    private const string Search = """
        AND (c.FirstName || ' ' || c.LastName LIKE $pattern OR c.Email LIKE $pattern OR c.JobTitle LIKE $pattern OR c.Location LIKE $pattern)
        """;

    private const string FirstPage = $$"""
        SELECT {{Columns}}
        FROM ExportedCandidates AS c JOIN AtsConnections AS a ON a.Id = c.ConnectionId
        WHERE c.Status = 'NotProcessed' {0}
        ORDER BY c.ReceivedAt DESC, c.Id
        LIMIT $take
        """;

    // Deep in the list, the best a person can write by hand: walk the (Status, ReceivedAt) index alone to the
    // page's first row, then seek there and read only the page's rows.
    private const string DeepPage = $$"""
        SELECT {{Columns}}
        FROM ExportedCandidates AS c JOIN AtsConnections AS a ON a.Id = c.ConnectionId
        WHERE c.Status = 'NotProcessed'
          AND c.ReceivedAt <= (SELECT ReceivedAt FROM ExportedCandidates WHERE Status = 'NotProcessed' ORDER BY ReceivedAt DESC LIMIT 1 OFFSET $skip)
        ORDER BY c.ReceivedAt DESC, c.Id
        LIMIT $take
        """;

    private const string Total = "SELECT COUNT(*) FROM ExportedCandidates AS c WHERE c.Status = 'NotProcessed' {0}";

    private readonly Dictionary<string, SqliteCommand> commands = [];
    private SqliteConnection? connection;

    public (IReadOnlyList<Guid> Ids, int Total) Fetch(PageRequest request)
    {
        var searching = !string.IsNullOrWhiteSpace(request.Search);
        var pattern = searching ? $"%{request.Search!.Trim()}%" : null;
        var page = Command(request.Skip == 0 ? "first" : "deep", searching, request.Skip == 0 ? FirstPage : DeepPage);
        Bind(page, request, pattern);
        var ids = new List<Guid>(request.Take);
        using (var reader = page.ExecuteReader())
        {
            while (reader.Read())
            {
                // Every column read, as the panel reads them; the values themselves are not needed here.
                ids.Add(reader.GetGuid(0));
                _ = (reader.GetString(1), reader.IsDBNull(2) ? null : reader.GetString(2), reader.GetString(3));
                _ = (reader.IsDBNull(4) ? null : reader.GetString(4), reader.IsDBNull(5) ? null : reader.GetString(5), reader.IsDBNull(6) ? null : reader.GetString(6));
                _ = (reader.IsDBNull(7) ? null : reader.GetString(7), reader.IsDBNull(8) ? null : reader.GetString(8));
                _ = (reader.GetString(9), reader.GetString(10), reader.GetInt64(11), reader.GetInt32(12));
            }
        }

        var total = Command("total", searching, Total);
        Bind(total, request, pattern);
        return (ids, Convert.ToInt32(total.ExecuteScalar(), System.Globalization.CultureInfo.InvariantCulture));
    }

    public string Describe() =>
        "LIMIT for the first page and the search; for the deep page a seek below the ReceivedAt of the page's first row, "
        + "found by walking the (Status, ReceivedAt) index alone; COUNT(*) for the total";

    private SqliteCommand Command(string kind, bool searching, string template)
    {
        var key = $"{kind}{(searching ? "+search" : "")}";
        if (!commands.TryGetValue(key, out var command))
        {
            if (connection is null)
            {
                connection = new SqliteConnection(connectionString);
                connection.Open();
            }

            command = connection.CreateCommand();
            command.CommandText = string.Format(System.Globalization.CultureInfo.InvariantCulture, template, searching ? Search : "");
            command.Parameters.Add("$take", SqliteType.Integer);
            command.Parameters.Add("$skip", SqliteType.Integer);
            command.Parameters.Add("$pattern", SqliteType.Text);
            command.Prepare();
            commands[key] = command;
        }

        return command;
    }

    private static void Bind(SqliteCommand command, PageRequest request, string? pattern)
    {
        command.Parameters["$take"].Value = request.Take;
        command.Parameters["$skip"].Value = request.Skip;
        command.Parameters["$pattern"].Value = (object?)pattern ?? DBNull.Value;
    }

    public void Dispose()
    {
        foreach (var command in commands.Values)
        {
            command.Dispose();
        }

        connection?.Dispose();
    }
}
