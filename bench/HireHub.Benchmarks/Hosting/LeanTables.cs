using System.Text.RegularExpressions;
using Microsoft.Data.Sqlite;

namespace HireHub.Benchmarks.Hosting;

/// <summary>
/// The lean ceiling's tables (issue 14): ExportedCandidates and IdempotencyRecords as the app's migrations made them,
/// same columns, types and collations, same primary key, but with only the one unique index each needs to stay
/// correct ((ConnectionId, CandidateId); (CallerId, Key)), no other index, trigger or foreign key. They live in the
/// app's own database file (same SQLite, same WAL) and start with a copy of every row the app's tables hold, so
/// both ceilings insert beside the same 100,000 candidates. What the app's tables cost beyond these is the schema's.
/// </summary>
internal static partial class LeanTables
{
    public const string Candidates = "LeanExportedCandidates";
    public const string IdempotencyRecords = "LeanIdempotencyRecords";

    public static void Create(string connectionString)
    {
        using var connection = new SqliteConnection(connectionString);
        connection.Open();
        using var transaction = connection.BeginTransaction();
        Copy(connection, "ExportedCandidates", Candidates, "\"ConnectionId\", \"CandidateId\"");
        Copy(connection, "IdempotencyRecords", IdempotencyRecords, "\"CallerId\", \"Key\"");
        transaction.Commit();
    }

    private static void Copy(SqliteConnection connection, string table, string lean, string uniqueColumns)
    {
        var definition = Scalar(connection, $"SELECT sql FROM sqlite_master WHERE type = 'table' AND name = '{table}'")
            ?? throw new InvalidOperationException($"The app's database has no {table} table.");
        // The app's CREATE TABLE, renamed, without its foreign keys; primary key, columns and collations stay.
        var leanDefinition = ForeignKey().Replace(TableName().Replace(definition, $"CREATE TABLE \"{lean}\" (", 1), "");
        Execute(connection, leanDefinition);
        Execute(connection, $"CREATE UNIQUE INDEX \"IX_{lean}_Unique\" ON \"{lean}\" ({uniqueColumns})");
        Execute(connection, $"INSERT INTO \"{lean}\" SELECT * FROM \"{table}\"");
    }

    private static string? Scalar(SqliteConnection connection, string sql)
    {
        using var command = connection.CreateCommand();
        command.CommandText = sql;
        return command.ExecuteScalar() as string;
    }

    private static void Execute(SqliteConnection connection, string sql)
    {
        using var command = connection.CreateCommand();
        command.CommandText = sql;
        command.ExecuteNonQuery();
    }

    [GeneratedRegex("""^CREATE TABLE (IF NOT EXISTS )?"?\w+"? \(""")]
    private static partial Regex TableName();

    [GeneratedRegex(""",\s*CONSTRAINT "FK_[^"]+" FOREIGN KEY \([^)]*\) REFERENCES "[^"]+" \([^)]*\)( ON DELETE \w+( \w+)?)?""")]
    private static partial Regex ForeignKey();
}
