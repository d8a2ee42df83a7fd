using System.Diagnostics;
using System.Text.RegularExpressions;
using HireHub.Benchmarks.Hosting;
using HireHub.Benchmarks.Running;
using HireHub.Core.Common;
using HireHub.Core.Data;
using HireHub.Core.Features.Administration;
using HireHub.Core.Features.Dashboard;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using static HireHub.Benchmarks.Running.Units;

namespace HireHub.Benchmarks.Measurements;

/// <summary>
/// H: the Home page's figures as each section loads them (HireHub.Core/Features/Dashboard), on the benchmark's
/// candidates, with the time of every query they send (EF's diagnostic events) and SQLite's plan for it. Stated, not
/// judged: the issue sets no goal for them. It runs after P4, so the hires per week have hires to count.
/// </summary>
internal sealed partial class HomeQueries(BenchApp app, BenchOptions options) : IMeasurement
{
    private const string Recruiter = "lisa.taylor@contoso.com"; // every benchmark export carries her: the largest "mine" there is

    private readonly CommandTimings timings = new();
    private readonly Dictionary<string, string> plans = [];
    private Section[] sections = [];
    private Section storedAsTheAppStores = default!;
    private RawPhones raw = default!;

    public string Number => "H";

    public string Title => $"Home page figures over {BenchData.Count(options.Candidates)} candidates";

    public int Repetitions => options.Repetitions;

    public async Task PrepareAsync(CancellationToken ct)
    {
        var hr = app.Services.GetRequiredService<HrDashboardQueries>();
        var recruiter = app.Services.GetRequiredService<RecruiterDashboardQueries>();
        var admin = app.Services.GetRequiredService<AdminDashboardQueries>();
        var health = app.Services.GetRequiredService<SetupHealthCheck>();
        List<Guid> connections;
        await using (var db = await app.Services.GetRequiredService<IDbContextFactory<HireHubDbContext>>().CreateDbContextAsync(ct))
        {
            connections = await db.AtsConnections.Where(c => c.ClientId != Guid.Empty).Select(c => c.Id).ToListAsync(ct);
        }

        // A Dutch HR team's weeks and days: the periods' boundaries are parameters, so the zone changes no plan or cost.
        var amsterdam = new PersonTime();
        amsterdam.Use("Europe/Amsterdam");
        string[] hrQueries =
        [
            "the person's legal entities", "waiting (count)", "lacking data SQL can tell (count)", "phones not stored as E.164 (read, checked in .NET)",
            "ageing alert (count)", "ageing alert (first 8)", "starting in 14 days (count)", "starting in 14 days (first 8)",
            "exports received per week (12 range counts)", "hires per week (12 range counts)",
        ];
        sections =
        [
            new("hr", "HR section, HR person of every legal entity", hrQueries, c => hr.LoadAsync(BenchOptions.HrPersonId, amsterdam, c)),
            new("hr-usmf", "HR section, HR person of one legal entity (USMF)", hrQueries, c => hr.LoadAsync("marcus.lee", amsterdam, c)),
            new("recruiter", $"Recruiter section, the recruiter of all {BenchData.Count(options.Candidates)} exports", [
                "exports by status", "the recruiter's ATS connections", "refused calls per ATS, last 7 days", "exports received per week (12 range counts)", "hires per week (12 range counts)"],
                c => recruiter.LoadAsync(Recruiter, amsterdam, c)),
            new("admin", "Admin section, health verdicts kept (30 s)", ["refused calls per day (14 range counts)", "latest retention sweep"], c => admin.LoadAsync(amsterdam, c)),
            new("health", $"Setup health check of all {connections.Count} connections (once per 30 s)", [
                "connection", "application user and its roles", "Entra application and acting person", "exported candidates table"],
                async c =>
                {
                    foreach (var id in connections)
                    {
                        await health.CheckAsync(id, c);
                    }
                }),
        ];

        // The benchmark writes a third of its phone numbers raw, as ATSs type them ("(425) 555-0132"); no HireHub writer
        // stores them so (exports keep E.164), and those are the numbers the missing-data count must read and check. The
        // HR section is measured a second time with them as the app would have stored them, then they are put back.
        raw = await RawPhones.ReadAsync(app.ConnectionString, ct);
        storedAsTheAppStores = sections[0] with { Key = "hr-e164", What = $"HR section as H1, phone numbers as the app stores them (E.164; {BenchData.Count(raw.Count)} rewritten)" };

        foreach (var section in sections)
        {
            for (var i = 0; i < 5; i++)
            {
                await section.Load(ct);
            }

            var (_, queries) = await TimeOnceAsync(section, ct);
            if (queries.Count != section.Queries.Length)
            {
                throw new InvalidOperationException($"H {section.Key}: {queries.Count} distinct queries where {section.Queries.Length} are named: {string.Join(" | ", queries.Keys)}");
            }

            foreach (var (sql, name) in queries.Keys.Zip(section.Queries))
            {
                plans[$"{section.Key}.{name}"] = Plan(sql);
            }
        }
    }

    public async Task<IReadOnlyDictionary<string, double>> RunOnceAsync(CancellationToken ct)
    {
        var samples = new Dictionary<string, List<double>>();
        for (var call = 0; call < Math.Max(5, options.QueriesPerRun / 5); call++)
        {
            foreach (var section in sections)
            {
                var (total, queries) = await TimeOnceAsync(section, ct);
                Sample(samples, $"{section.Key}.total", total);
                foreach (var (ms, name) in queries.Values.Zip(section.Queries))
                {
                    Sample(samples, $"{section.Key}.{name}", ms);
                }
            }
        }

        raw.Normalise();
        try
        {
            for (var call = 0; call < Math.Max(5, options.QueriesPerRun / 5); call++)
            {
                var (total, queries) = await TimeOnceAsync(storedAsTheAppStores, ct);
                Sample(samples, $"{storedAsTheAppStores.Key}.total", total);
                foreach (var (ms, name) in queries.Values.Zip(storedAsTheAppStores.Queries))
                {
                    Sample(samples, $"{storedAsTheAppStores.Key}.{name}", ms);
                }
            }
        }
        finally
        {
            raw.Restore();
        }

        return samples.SelectMany(s => new[]
        {
            KeyValuePair.Create($"{s.Key}.p50", Percentiles.Of(s.Value, 50)),
            KeyValuePair.Create($"{s.Key}.p95", Percentiles.Of(s.Value, 95)),
        }).ToDictionary();
    }

    public MeasurementReport Report(IReadOnlyDictionary<string, Spread> figures)
    {
        Section[] all = [sections[0], storedAsTheAppStores, .. sections[1..]];
        var rows = all.Select((s, i) => new TableRow(
            $"H{i + 1}", s.What, $"p95 {figures[$"{s.Key}.total.p95"].Format(Ms)}", TableRow.None, TableRow.None, "stated (no goal)", TableRow.None)).ToList();
        var notes = new List<string>
        {
            $"{Math.Max(5, options.QueriesPerRun / 5)} loads of each section per run after 5 warm-up loads; each query's time is EF's "
            + "(execution and reading its rows), p50 / p95 of the median run; SQLite's plan in brackets",
        };
        foreach (var section in all)
        {
            notes.Add($"{section.Key}: " + string.Join("; ", section.Queries.Select(q =>
                $"{q} {Ms(figures[$"{section.Key}.{q}.p50"].Median)} / {Ms(figures[$"{section.Key}.{q}.p95"].Median)}"
                + (section == storedAsTheAppStores ? "" : $" [{plans[$"{section.Key}.{q}"]}]"))));
        }

        return new MeasurementReport(rows, notes);
    }

    public ValueTask DisposeAsync()
    {
        timings.Dispose();
        return ValueTask.CompletedTask;
    }

    // A section's queries by their SQL, in the order first sent; one sent several times (a week or an ATS each) is summed.
    private async Task<(double Total, OrderedDictionary<string, double> Queries)> TimeOnceAsync(Section section, CancellationToken ct)
    {
        timings.Start();
        var start = Stopwatch.GetTimestamp();
        await section.Load(ct);
        var total = Stopwatch.GetElapsedTime(start).TotalMilliseconds;
        var queries = new OrderedDictionary<string, double>();
        // The app's change-log follower polls in the same process every half second; its query is not the Home's.
        foreach (var (sql, ms) in timings.Stop().Where(t => !t.Sql.Contains("FROM \"ChangeLog\"", StringComparison.Ordinal)))
        {
            queries[sql] = queries.GetValueOrDefault(sql) + ms;
        }

        return (total, queries);
    }

    private static void Sample(Dictionary<string, List<double>> samples, string key, double ms)
    {
        if (!samples.TryGetValue(key, out var list))
        {
            samples[key] = list = [];
        }

        list.Add(ms);
    }

    // SQLite plans without the values, so each parameter is bound to NULL.
    private string Plan(string sql)
    {
        using var connection = new SqliteConnection(app.ConnectionString);
        connection.Open();
        using var command = connection.CreateCommand();
        command.CommandText = "EXPLAIN QUERY PLAN " + sql;
        foreach (var name in Parameter().Matches(sql).Select(m => m.Value).Distinct())
        {
            command.Parameters.AddWithValue(name, DBNull.Value);
        }

        using var reader = command.ExecuteReader();
        var steps = new List<string>();
        while (reader.Read())
        {
            steps.Add(reader.GetString(3));
        }

        return string.Join(", ", steps);
    }

    [GeneratedRegex("@[A-Za-z_][A-Za-z0-9_]*")]
    private static partial Regex Parameter();

    private sealed record Section(string Key, string What, string[] Queries, Func<CancellationToken, Task> Load);
}
