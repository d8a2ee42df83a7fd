using System.Text.Json;
using HireHub.Core.Data;
using HireHub.Core.Domain;
using HireHub.Core.Features.Audit;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace HireHub.Drills;

/// <summary>
/// After a kill and a restart: every acknowledged export is stored, no hire is half-written, the personnel number
/// sequence moved by exactly the hires that committed, and SQLite finds the file sound. Without <c>--acked</c> it
/// records the baseline the later checks compare with (the demo data's workers, employments and next number).
/// </summary>
public static class CrashCheck
{
    public static async Task<int> RunAsync(DrillArguments args)
    {
        await using var services = HireStream.CoreHost(Path.GetFullPath(args.Required("db")));
        await using var db = await services.GetRequiredService<IDbContextFactory<HireHubDbContext>>().CreateDbContextAsync();
        var now = await CountsAsync(db);
        var baselineFile = args.Required("baseline");
        if (args.Optional("acked") is not { } ackedFile)
        {
            await File.WriteAllTextAsync(baselineFile, JsonSerializer.Serialize(now));
            return 0;
        }

        var baseline = JsonSerializer.Deserialize<Counts>(await File.ReadAllTextAsync(baselineFile))!;
        var problems = new List<string>();

        var acked = (await File.ReadAllLinesAsync(ackedFile)).Where(l => l.Length > 0).Distinct().ToList();
        var stored = (await db.ExportedCandidates.Where(c => c.CandidateId.StartsWith("CRASH-")).Select(c => c.CandidateId).ToListAsync()).ToHashSet(StringComparer.Ordinal);
        var lost = acked.Where(id => !stored.Contains(id)).ToList();
        if (lost.Count > 0)
        {
            problems.Add($"{lost.Count} acknowledged exports are missing, e.g. {string.Join(", ", lost.Take(5))}");
        }

        // Every hired drill candidate has its worker, the worker its employment, and the hire its audit event.
        var hires = await db.ExportedCandidates.AsNoTracking()
            .Where(c => c.CandidateId.StartsWith("CRASH-") && c.Status == CandidateStatus.Hired)
            .Select(c => new
            {
                c.Id,
                c.CandidateId,
                c.WorkerId,
                Worker = c.Worker == null ? null : c.Worker.PersonnelNumber,
                Employments = db.Employments.Count(e => e.WorkerId == c.WorkerId),
            })
            .ToListAsync();
        var hireEvents = (await db.AuditEvents.AsNoTracking().Where(e => e.Action == AuditActions.WorkerHired).Select(e => e.EntityId).ToListAsync())
            .GroupBy(id => id, StringComparer.OrdinalIgnoreCase).ToDictionary(g => g.Key, g => g.Count(), StringComparer.OrdinalIgnoreCase);
        foreach (var hire in hires)
        {
            var events = hireEvents.GetValueOrDefault(hire.Id.ToString());
            if (hire.Worker is null || hire.Employments != 1 || events != 1)
            {
                problems.Add($"Half-written hire of {hire.CandidateId}: worker {hire.Worker ?? "missing"}, {hire.Employments} employments, {events} audit events");
            }
        }

        var drillHires = hires.Count;
        Expect(problems, "workers", baseline.Workers + drillHires, now.Workers);
        Expect(problems, "employments", baseline.Employments + drillHires, now.Employments);
        Expect(problems, "hire audit events", baseline.HireEvents + drillHires, now.HireEvents);
        Expect(problems, "next personnel number", baseline.NextPersonnelNumber + drillHires, now.NextPersonnelNumber);

        var integrity = await ScalarsAsync(db, "PRAGMA integrity_check");
        if (integrity is not ["ok"])
        {
            problems.Add("PRAGMA integrity_check: " + string.Join("; ", integrity.Take(5)));
        }

        var foreignKeys = await ScalarsAsync(db, "PRAGMA foreign_key_check");
        if (foreignKeys.Count > 0)
        {
            problems.Add($"PRAGMA foreign_key_check: {foreignKeys.Count} rows point nowhere");
        }

        Console.WriteLine($"  {acked.Count} exports acknowledged, all {acked.Count - lost.Count} found ({stored.Count} drill candidates stored); "
            + $"{drillHires} hires, each with worker, employment and audit event; next personnel number {now.NextPersonnelNumber}; integrity_check {string.Join(" ", integrity.Take(1))}");
        foreach (var problem in problems)
        {
            Console.WriteLine("  PROBLEM: " + problem);
        }

        return problems.Count == 0 ? 0 : 1;
    }

    private static async Task<Counts> CountsAsync(HireHubDbContext db) => new(
        await db.Workers.CountAsync(),
        await db.Employments.CountAsync(),
        await db.AuditEvents.CountAsync(e => e.Action == AuditActions.WorkerHired),
        (await db.NumberSequences.AsNoTracking().SingleAsync(s => s.Code == NumberSequence.PersonnelNumbers)).NextValue);

    private static void Expect(List<string> problems, string what, long expected, long actual)
    {
        if (expected != actual)
        {
            problems.Add($"{what}: expected {expected}, found {actual}");
        }
    }

    private static async Task<List<string>> ScalarsAsync(HireHubDbContext db, string sql)
    {
        var connection = db.Database.GetDbConnection();
        await connection.OpenAsync();
        await using var command = connection.CreateCommand();
        command.CommandText = sql;
        var rows = new List<string>();
        await using var reader = await command.ExecuteReaderAsync();
        while (await reader.ReadAsync())
        {
            rows.Add(Convert.ToString(reader.GetValue(0), System.Globalization.CultureInfo.InvariantCulture) ?? "");
        }

        return rows;
    }

    private sealed record Counts(long Workers, long Employments, long HireEvents, long NextPersonnelNumber);
}
