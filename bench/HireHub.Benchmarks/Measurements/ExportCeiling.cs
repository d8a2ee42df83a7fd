using System.Diagnostics;
using System.Text.Json;
using HireHub.Benchmarks.Hosting;
using HireHub.Core.Data;
using HireHub.Core.Domain;
using HireHub.Core.Features.Exports;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;

namespace HireHub.Benchmarks.Measurements;

/// <summary>
/// The machine's ceilings for storing exports, in the app's own database file (same tables, same indexes, WAL as
/// the app set it) through Microsoft.Data.Sqlite with prepared statements and the app's per-connection
/// <c>synchronous=NORMAL</c>: P1's is one transaction per export holding its candidate row and its idempotency
/// record; P2's (and P6's) is one transaction per 1,000 candidates, written as multi-row INSERTs, with the request's
/// one idempotency record. Rows carry the candidate ids the API would refuse to reuse, so they never meet the app's.
/// </summary>
internal sealed class ExportCeiling : IDisposable
{
    /// <summary>Rows per multi-row INSERT: 100 rows × the candidate's columns stays well inside SQLite's variable limit.</summary>
    public const int RowsPerStatement = 100;

    private readonly SqliteConnection connection;
    private readonly ModelInsert<ExportedCandidate> candidates;
    private readonly ModelInsert<IdempotencyRecord> records;
    private readonly Guid connectionId;
    private readonly string prefix;
    private int serial;

    private ExportCeiling(SqliteConnection connection, ModelInsert<ExportedCandidate> candidates, ModelInsert<IdempotencyRecord> records, Guid connectionId, string prefix)
    {
        this.connection = connection;
        this.candidates = candidates;
        this.records = records;
        this.connectionId = connectionId;
        this.prefix = prefix;
    }

    public static async Task<ExportCeiling> OpenAsync(BenchApp app, IDbContextFactory<HireHubDbContext> dbFactory, string prefix, CancellationToken ct)
    {
        await using var db = await dbFactory.CreateDbContextAsync(ct);
        var connectionId = await db.AtsConnections.Where(c => c.Name == "Greenhouse").Select(c => c.Id).SingleAsync(ct);
        var connection = new SqliteConnection(app.ConnectionString);
        connection.Open();
        using (var pragma = connection.CreateCommand())
        {
            // As SqliteConnectionSettings gives every app connection; journal_mode=WAL is the file's, set by the app.
            pragma.CommandText = "PRAGMA synchronous=NORMAL;";
            pragma.ExecuteNonQuery();
        }

        return new ExportCeiling(connection, new ModelInsert<ExportedCandidate>(db), new ModelInsert<IdempotencyRecord>(db), connectionId, prefix);
    }

    /// <summary>Exports per second, one transaction each: BEGIN, the candidate, its idempotency record, COMMIT.</summary>
    public double OneRowTransactions(int count)
    {
        var (rows, keys) = Rows(count);
        using var candidate = candidates.Prepare(connection, 1);
        using var record = records.Prepare(connection, 1);
        var start = Stopwatch.GetTimestamp();
        for (var i = 0; i < count; i++)
        {
            using var transaction = connection.BeginTransaction();
            candidate.Transaction = transaction;
            record.Transaction = transaction;
            candidates.Execute(candidate, rows, i);
            records.Execute(record, keys, i);
            transaction.Commit();
        }

        return count / Stopwatch.GetElapsedTime(start).TotalSeconds;
    }

    /// <summary>Candidates per second, <paramref name="transactions"/> transactions of <paramref name="perTransaction"/> candidates each.</summary>
    public double BatchTransactions(int transactions, int perTransaction)
    {
        var (rows, keys) = Rows(transactions * perTransaction);
        using var statement = candidates.Prepare(connection, RowsPerStatement);
        using var tail = perTransaction % RowsPerStatement == 0 ? null : candidates.Prepare(connection, perTransaction % RowsPerStatement);
        using var record = records.Prepare(connection, 1);
        var start = Stopwatch.GetTimestamp();
        for (var t = 0; t < transactions; t++)
        {
            using var transaction = connection.BeginTransaction();
            statement.Transaction = transaction;
            record.Transaction = transaction;
            var first = t * perTransaction;
            var offset = first;
            for (; offset + RowsPerStatement <= first + perTransaction; offset += RowsPerStatement)
            {
                candidates.Execute(statement, rows, offset);
            }

            if (tail is not null)
            {
                tail.Transaction = transaction;
                candidates.Execute(tail, rows, offset);
            }

            records.Execute(record, keys, t);
            transaction.Commit();
        }

        return rows.Count / Stopwatch.GetElapsedTime(start).TotalSeconds;
    }

    public string Describe() =>
        $"prepared INSERTs of all {candidates.Columns} candidate columns and {records.Columns} idempotency record columns (values converted by the app's EF model) on one connection with synchronous=NORMAL in the app's WAL database";

    // Built before the clock starts: the ceiling times SQLite, not object creation.
    private (List<ExportedCandidate> Rows, List<IdempotencyRecord> Keys) Rows(int count)
    {
        var now = DateTimeOffset.UtcNow;
        var rows = new List<ExportedCandidate>(count);
        var keys = new List<IdempotencyRecord>(count);
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

        return (rows, keys);
    }

    public void Dispose() => connection.Dispose();
}
