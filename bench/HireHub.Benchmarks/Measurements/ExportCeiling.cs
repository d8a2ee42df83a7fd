using System.Data.Common;
using System.Diagnostics;
using System.Text.Json;
using HireHub.Benchmarks.Hosting;
using HireHub.Core.Data;
using HireHub.Core.Domain;
using HireHub.Core.Features.Exports;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;

namespace HireHub.Benchmarks.Measurements;

/// <summary>Which tables a ceiling writes: the lean ones (key and one unique index) or the app's own, with everything it defines.</summary>
internal enum CeilingTables
{
    Lean,
    Own,
}

/// <summary>
/// The store's ceilings for exports, through Microsoft.Data.Sqlite with prepared statements on one connection of the
/// app's database file, with the app's per-connection settings (<c>synchronous=FULL</c>: every commit fsyncs, as the
/// app's do; foreign keys on, as EF turns them on): one-row transactions (an export's candidate and its idempotency
/// record) and 1,000-row transactions (a batch's candidates and its one idempotency record). The lean tables
/// (<see cref="LeanTables"/>) are the store's own speed; the app's tables add what its schema costs. Rows carry
/// candidate ids the API would refuse to reuse, so they never meet the app's.
/// </summary>
internal sealed class ExportCeiling : IDisposable
{
    private const string Staging = "CeilingStaging";

    private readonly SqliteConnection connection;
    private readonly CeilingTables tables;
    private readonly ModelInsert<ExportedCandidate> candidates;
    private readonly ModelInsert<IdempotencyRecord> records;
    private readonly ModelInsert<ExportedCandidate>? staged;
    private readonly Guid connectionId;
    private readonly string prefix;
    private int serial;

    private ExportCeiling(SqliteConnection connection, CeilingTables tables, HireHubDbContext db, Guid connectionId, string prefix)
    {
        this.connection = connection;
        this.tables = tables;
        this.connectionId = connectionId;
        this.prefix = prefix;
        var lean = tables == CeilingTables.Lean;
        candidates = new ModelInsert<ExportedCandidate>(db, lean ? LeanTables.Candidates : null);
        records = new ModelInsert<IdempotencyRecord>(db, lean ? LeanTables.IdempotencyRecords : null);
        // A trigger costs SQLite a statement journal per statement, and a search index kept by one flushes its pending
        // entries at each: so a batch reaches the app's table in one statement, from a staging table, as the app's own
        // writer sends it. Without triggers a statement per row is the fastest, as for the lean tables.
        if (!lean && HasTriggers(connection, "ExportedCandidates"))
        {
            Execute(connection, $"CREATE TEMP TABLE {Staging} AS SELECT * FROM main.ExportedCandidates WHERE 0");
            staged = new ModelInsert<ExportedCandidate>(db, Staging);
        }
    }

    public static async Task<ExportCeiling> OpenAsync(BenchApp app, IDbContextFactory<HireHubDbContext> dbFactory, CeilingTables tables, string prefix, CancellationToken ct)
    {
        await using var db = await dbFactory.CreateDbContextAsync(ct);
        var connectionId = await db.AtsConnections.Where(c => c.Name == "Greenhouse").Select(c => c.Id).SingleAsync(ct);
        var connection = new SqliteConnection(app.ConnectionString);
        connection.Open();
        // As SqliteConnectionSettings and EF give every app connection; journal_mode=WAL is the file's, set by the app.
        Execute(connection, "PRAGMA synchronous=FULL; PRAGMA foreign_keys=ON;");
        return new ExportCeiling(connection, tables, db, connectionId, prefix);
    }

    /// <summary>Exports per second, one transaction each: BEGIN, the candidate, its idempotency record, COMMIT.</summary>
    public double OneRowTransactions(int count)
    {
        var (rows, keys) = Rows(count, count);
        using var candidate = candidates.Prepare(connection);
        using var record = records.Prepare(connection);
        var start = Stopwatch.GetTimestamp();
        for (var i = 0; i < count; i++)
        {
            using var transaction = connection.BeginTransaction();
            candidate.Transaction = transaction;
            record.Transaction = transaction;
            candidates.Execute(candidate, rows[i]);
            records.Execute(record, keys[i]);
            transaction.Commit();
        }

        return count / Stopwatch.GetElapsedTime(start).TotalSeconds;
    }

    /// <summary>Candidates per second, <paramref name="transactions"/> transactions of <paramref name="perTransaction"/> candidates and one idempotency record each.</summary>
    public double BatchTransactions(int transactions, int perTransaction)
    {
        var (rows, keys) = Rows(transactions * perTransaction, transactions);
        using var candidate = (staged ?? candidates).Prepare(connection);
        using var record = records.Prepare(connection);
        using var move = staged is null ? null : MoveStaged();
        var start = Stopwatch.GetTimestamp();
        for (var t = 0; t < transactions; t++)
        {
            using var transaction = connection.BeginTransaction();
            candidate.Transaction = transaction;
            record.Transaction = transaction;
            for (var i = t * perTransaction; i < (t + 1) * perTransaction; i++)
            {
                (staged ?? candidates).Execute(candidate, rows[i]);
            }

            if (move is not null)
            {
                move.Transaction = transaction;
                move.ExecuteNonQuery();
            }

            records.Execute(record, keys[t]);
            transaction.Commit();
        }

        return rows.Count / Stopwatch.GetElapsedTime(start).TotalSeconds;
    }

    public string Describe() => tables == CeilingTables.Lean
        ? $"prepared single-row INSERTs of all {candidates.Columns} candidate columns and {records.Columns} idempotency record columns (values converted by the app's EF model) into the lean tables (the app's columns and primary keys, one unique index each, nothing else), one connection with synchronous=FULL in the app's WAL database"
        : $"the same rows into the app's own tables with every index{(staged is null ? "" : ", trigger")} and foreign key they have{(staged is null ? "" : " (a 1,000-row transaction's candidates staged in a temporary table and moved in one INSERT … SELECT, as the app's writer does, since a trigger's cost is per statement)")}, synchronous=FULL, foreign keys on";

    private DbCommand MoveStaged()
    {
        var command = connection.CreateCommand();
        command.CommandText = $"INSERT INTO main.ExportedCandidates ({candidates.ColumnList}) SELECT {candidates.ColumnList} FROM temp.{Staging}; DELETE FROM temp.{Staging};";
        command.Prepare();
        return command;
    }

    // Built before the clock starts: the ceiling times SQLite, not object creation.
    private (List<ExportedCandidate> Rows, List<IdempotencyRecord> Keys) Rows(int count, int keyCount)
    {
        var now = DateTimeOffset.UtcNow;
        var rows = new List<ExportedCandidate>(count);
        var keys = new List<IdempotencyRecord>(keyCount);
        for (var i = 0; i < count; i++)
        {
            var n = ++serial;
            var export = ExportRequests.Candidate($"{prefix}-{n:D7}", n);
            var row = new ExportedCandidate
            {
                ConnectionId = connectionId,
                CandidateId = export.CandidateId!,
                FirstName = export.FirstName!,
                LastName = export.LastName!,
                Email = export.Email,
                Phone = export.Phone,
                StartDate = DateOnly.Parse(export.StartDate!, System.Globalization.CultureInfo.InvariantCulture),
                JobTitle = export.JobTitle,
                Location = export.Location,
                HrisProvider = export.HrisProvider,
                RecruiterName = export.Recruiter?.Name,
                RecruiterEmail = export.Recruiter?.Email,
                LegalEntityId = "USMF",
                ReceivedAt = now,
                UpdatedAt = now,
            };
            rows.Add(row);
            if (keys.Count < keyCount)
            {
                keys.Add(new IdempotencyRecord
                {
                    CallerId = "benchmark-ceiling",
                    Key = $"{prefix}-{n:D7}",
                    RequestHash = new string('0', 64),
                    Outcome = "Created",
                    // The stored response is the candidate as the API answers it, as large as the app's.
                    ResponseBody = JsonSerializer.Serialize(ExportedCandidateResource.From(row), ExportJson.Options),
                    CreatedAt = now,
                    ExpiresAt = now.AddHours(24),
                });
            }
        }

        return (rows, keys);
    }

    private static bool HasTriggers(SqliteConnection connection, string table)
    {
        using var command = connection.CreateCommand();
        command.CommandText = "SELECT count(*) FROM sqlite_master WHERE type = 'trigger' AND tbl_name = $table";
        command.Parameters.AddWithValue("$table", table);
        return Convert.ToInt64(command.ExecuteScalar(), System.Globalization.CultureInfo.InvariantCulture) > 0;
    }

    private static void Execute(SqliteConnection connection, string sql)
    {
        using var command = connection.CreateCommand();
        command.CommandText = sql;
        command.ExecuteNonQuery();
    }

    public void Dispose() => connection.Dispose();
}
