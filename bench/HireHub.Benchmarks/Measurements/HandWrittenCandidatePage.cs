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

    // The panel's search (CandidateSearch): waiting candidates whose name, email, job title or location starts with the
    // text, each column one range of its (Status, AnonymisedAt, column) index, united; a first name and the start of a last name
    // when the text has a space. By hand, as by the app, a UNION rather than an OR, which SQLite would answer by
    // walking every waiting candidate. The outer query then fetches by id, without the status again for the same reason.
    // Waiting means not yet decided and not erased by the retention sweep, exactly as the panel lists them.
    private const string Waiting = "c.Status = 'NotProcessed' AND c.AnonymisedAt IS NULL";

    private const string Matches = """
        SELECT Id FROM ExportedCandidates WHERE Status = 'NotProcessed' AND AnonymisedAt IS NULL AND LastName LIKE $pattern ESCAPE '\'
        UNION SELECT Id FROM ExportedCandidates WHERE Status = 'NotProcessed' AND AnonymisedAt IS NULL AND FirstName LIKE $pattern ESCAPE '\'
        UNION SELECT Id FROM ExportedCandidates WHERE Status = 'NotProcessed' AND AnonymisedAt IS NULL AND Email LIKE $pattern ESCAPE '\'
        UNION SELECT Id FROM ExportedCandidates WHERE Status = 'NotProcessed' AND AnonymisedAt IS NULL AND JobTitle LIKE $pattern ESCAPE '\'
        UNION SELECT Id FROM ExportedCandidates WHERE Status = 'NotProcessed' AND AnonymisedAt IS NULL AND Location LIKE $pattern ESCAPE '\'
        UNION SELECT Id FROM ExportedCandidates WHERE Status = 'NotProcessed' AND AnonymisedAt IS NULL AND FirstName = $first AND LastName LIKE $lastPattern ESCAPE '\'
        """;

    private const string Search = $"c.Id IN ({Matches})";

    // The union holds each match once: its count is the total, without looking each id up again.
    private const string SearchTotal = $"SELECT COUNT(*) FROM ({Matches})";

    private const string FirstPage = $$"""
        SELECT {{Columns}}
        FROM ExportedCandidates AS c JOIN AtsConnections AS a ON a.Id = c.ConnectionId
        WHERE {0}
        ORDER BY c.ReceivedAt DESC, c.Id
        LIMIT $take
        """;

    // Deep in the list, the best a person can write by hand: walk the (Status, AnonymisedAt, ReceivedAt) index alone to the
    // page's first row, then seek there and read only the page's rows.
    private const string DeepPage = $$"""
        SELECT {{Columns}}
        FROM ExportedCandidates AS c JOIN AtsConnections AS a ON a.Id = c.ConnectionId
        WHERE {0}
          AND c.ReceivedAt <= (SELECT ReceivedAt FROM ExportedCandidates WHERE Status = 'NotProcessed' AND AnonymisedAt IS NULL ORDER BY ReceivedAt DESC LIMIT 1 OFFSET $skip)
        ORDER BY c.ReceivedAt DESC, c.Id
        LIMIT $take
        """;

    private const string Total = "SELECT COUNT(*) FROM ExportedCandidates AS c WHERE {0}";

    private readonly Dictionary<string, SqliteCommand> commands = [];
    private SqliteConnection? connection;

    public (IReadOnlyList<Guid> Ids, int Total) Fetch(PageRequest request)
    {
        var searching = !string.IsNullOrWhiteSpace(request.Search);
        var terms = searching ? SearchTerms.Of(request.Search!) : null;
        var page = Command(request.Skip == 0 ? "first" : "deep", searching, request.Skip == 0 ? FirstPage : DeepPage);
        Bind(page, request, terms);
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

        var total = Command("total", searching, searching ? SearchTotal : Total);
        Bind(total, request, terms);
        return (ids, Convert.ToInt32(total.ExecuteScalar(), System.Globalization.CultureInfo.InvariantCulture));
    }

    public string Describe() =>
        "LIMIT for the first page and the search; for the deep page a seek below the ReceivedAt of the page's first row, "
        + "found by walking the (Status, AnonymisedAt, ReceivedAt) index alone; the search's ids a UNION of one index range per column; COUNT(*) for the total";

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
            command.CommandText = string.Format(System.Globalization.CultureInfo.InvariantCulture, template, searching ? Search : Waiting);
            command.Parameters.Add("$take", SqliteType.Integer);
            command.Parameters.Add("$skip", SqliteType.Integer);
            command.Parameters.Add("$pattern", SqliteType.Text);
            command.Parameters.Add("$first", SqliteType.Text);
            command.Parameters.Add("$lastPattern", SqliteType.Text);
            command.Prepare();
            commands[key] = command;
        }

        return command;
    }

    private static void Bind(SqliteCommand command, PageRequest request, SearchTerms? terms)
    {
        command.Parameters["$take"].Value = request.Take;
        command.Parameters["$skip"].Value = request.Skip;
        command.Parameters["$pattern"].Value = (object?)terms?.Pattern ?? DBNull.Value;
        command.Parameters["$first"].Value = (object?)terms?.First ?? DBNull.Value;
        command.Parameters["$lastPattern"].Value = (object?)terms?.LastPattern ?? DBNull.Value;
    }

    /// <summary>The search text as the LIKE patterns the panel binds: the whole text, and the first word and the rest.</summary>
    private sealed record SearchTerms(string Pattern, string? First, string? LastPattern)
    {
        public static SearchTerms Of(string search)
        {
            var text = string.Join(' ', search.Split(' ', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries));
            var space = text.IndexOf(' ', StringComparison.Ordinal);
            return space > 0 ? new(StartsWith(text), text[..space], StartsWith(text[(space + 1)..])) : new(StartsWith(text), null, null);
        }

        private static string StartsWith(string text) =>
            string.Concat(text.Select(ch => ch is '%' or '_' or '[' or '\\' ? $"\\{ch}" : ch.ToString())) + "%";
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
