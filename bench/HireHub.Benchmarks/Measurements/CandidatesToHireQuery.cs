using System.Diagnostics;
using HireHub.Benchmarks.Hosting;
using HireHub.Benchmarks.Running;
using HireHub.Core.Common;
using HireHub.Core.Features.Candidates;
using Microsoft.Extensions.DependencyInjection;
using static HireHub.Benchmarks.Running.Units;

namespace HireHub.Benchmarks.Measurements;

/// <summary>
/// P3: the Candidates to hire panel's query as the panel runs it (<see cref="CandidateQueries.ListToHireAsync"/> with
/// the grid's <see cref="PageRequest"/> and the signed-in HR person, who works for every legal entity), for the first
/// page, the page half-way down and a search, each against the
/// same page fetched by hand-written SQL on the same file. Calls alternate between the two, so noise hits both.
/// As P9 (<c>--scale</c>) the same measurement over a million waiting candidates, with that goal's 25 ms.
/// </summary>
internal sealed class CandidatesToHireQuery(BenchApp app, BenchOptions options, BenchDataset data) : IMeasurement
{
    private const double SqlRatioGoal = 2;
    private const double DeepPageRatioGoal = 1.5;

    private readonly HandWrittenCandidatePage sql = new(app.ConnectionString);
    private CandidateQueries queries = default!;
    private (string Key, PageRequest Request)[] pages = [];
    private int searchMatches;

    public string Number => options.Scale is null ? "P3" : "P9";

    private double LatencyGoalMs => options.Scale is null ? 20 : 25;

    public string Title => $"Candidates to hire query over {BenchData.Count(options.Candidates)} candidates";

    public int Repetitions => options.Repetitions;

    public async Task PrepareAsync(CancellationToken ct)
    {
        queries = app.Services.GetRequiredService<CandidateQueries>();
        var size = BenchOptions.PanelPageSize;
        pages =
        [
            ("first", new PageRequest(0, size)),
            ("deep", new PageRequest(options.DeepPageRow / size, size)),
            ("search", new PageRequest(0, size, Search: data.SearchTerm)),
        ];

        // Like with like: the hand-written statement must return the very rows and total the panel shows.
        foreach (var (key, request) in pages)
        {
            var panel = await queries.ListToHireAsync(request, BenchOptions.HrPersonId, ct);
            var handWritten = sql.Fetch(request);
            if (panel.TotalCount != handWritten.Total || !panel.Items.Select(c => c.Id).SequenceEqual(handWritten.Ids))
            {
                throw new InvalidOperationException($"P3 {key}: the hand-written SQL returns other rows than the panel's query; the comparison would mean nothing.");
            }

            searchMatches = key == "search" ? panel.TotalCount : searchMatches;
        }

        for (var i = 0; i < 20; i++)
        {
            await TimeOnceAsync(ct);
        }
    }

    public async Task<IReadOnlyDictionary<string, double>> RunOnceAsync(CancellationToken ct)
    {
        var samples = pages.SelectMany(p => new[] { $"{p.Key}.app", $"{p.Key}.sql" }).ToDictionary(k => k, _ => new List<double>());
        for (var i = 0; i < options.QueriesPerRun; i++)
        {
            foreach (var (key, ms) in await TimeOnceAsync(ct))
            {
                samples[key].Add(ms);
            }
        }

        var quantities = samples.SelectMany(s => new[]
        {
            KeyValuePair.Create($"{s.Key}.p95", Percentiles.Of(s.Value, 95)),
            KeyValuePair.Create($"{s.Key}.p50", Percentiles.Of(s.Value, 50)),
        }).ToDictionary();
        foreach (var (key, request) in pages)
        {
            var calls = key == "search" ? 10 : Math.Max(10, options.QueriesPerRun / 4);
            quantities[$"{key}.app.cpu"] = await CpuPerCallAsync(calls, () => queries.ListToHireAsync(request, BenchOptions.HrPersonId, ct));
            quantities[$"{key}.sql.cpu"] = await CpuPerCallAsync(calls, () => Task.FromResult(sql.Fetch(request)));
        }

        return quantities;
    }

    // CPU time per call, the process's own (GC included): unlike latency, others' load on the same cores hardly changes it.
    private static async Task<double> CpuPerCallAsync<T>(int calls, Func<Task<T>> call)
    {
        var start = Environment.CpuUsage.TotalTime;
        for (var i = 0; i < calls; i++)
        {
            await call();
        }

        return (Environment.CpuUsage.TotalTime - start).TotalMilliseconds / calls;
    }

    private async Task<List<(string Key, double Ms)>> TimeOnceAsync(CancellationToken ct)
    {
        var timings = new List<(string, double)>(pages.Length * 2);
        foreach (var (key, request) in pages)
        {
            var start = Stopwatch.GetTimestamp();
            await queries.ListToHireAsync(request, BenchOptions.HrPersonId, ct);
            timings.Add(($"{key}.app", Stopwatch.GetElapsedTime(start).TotalMilliseconds));

            start = Stopwatch.GetTimestamp();
            sql.Fetch(request);
            timings.Add(($"{key}.sql", Stopwatch.GetElapsedTime(start).TotalMilliseconds));
        }

        return timings;
    }

    public MeasurementReport Report(IReadOnlyDictionary<string, Spread> figures)
    {
        var firstApp = figures["first.app.p95"].Median;
        var rows = new List<TableRow>();
        foreach (var (key, request) in pages)
        {
            var app = figures[$"{key}.app.p95"];
            var sqlFigure = figures[$"{key}.sql.p95"];
            var ratio = app.Median / sqlFigure.Median;
            var checks = new List<GoalCheck>
            {
                GoalCheck.AtMost(ratio, SqlRatioGoal, $"{ratio:0.0}× SQL", $"{SqlRatioGoal}× SQL"),
                GoalCheck.AtMost(app.Median, LatencyGoalMs, Ms(app.Median), Ms(LatencyGoalMs)),
            };
            var goal = $"p95 ≤ {SqlRatioGoal}× SQL and ≤ {LatencyGoalMs} ms";
            if (key == "deep" && options.Scale is null)
            {
                var deepRatio = app.Median / firstApp;
                checks.Add(GoalCheck.AtMost(deepRatio, DeepPageRatioGoal, $"{deepRatio:0.0}× first page", $"{DeepPageRatioGoal}× first page"));
                goal += $"; ≤ {DeepPageRatioGoal}× first page (now {deepRatio:0.00}×)";
            }

            rows.Add(TableRow.Measured($"{Number}{"abc"[Array.FindIndex(pages, p => p.Key == key)]}", What(key, request), $"p95 {app.Format(Ms)}", $"p95 {sqlFigure.Format(Ms)}", $"{ratio:0.00}×", goal, checks));
        }

        var notes = pages.Select(p =>
            $"{p.Key} page, median call: panel query {Ms(figures[$"{p.Key}.app.p50"].Median)}, hand-written SQL {Ms(figures[$"{p.Key}.sql.p50"].Median)}; "
            + $"process CPU time per call: panel query {Ms(figures[$"{p.Key}.app.cpu"].Median)}, hand-written SQL {Ms(figures[$"{p.Key}.sql.cpu"].Median)}").ToList();
        notes.Add($"{options.QueriesPerRun} calls of each per run after 20 warm-up calls; the hand-written SQL is the page's rows and its total on one open connection with prepared commands: {sql.Describe()}");
        return new MeasurementReport(rows, notes);
    }

    private string What(string key, PageRequest request) => key switch
    {
        "first" => $"Candidates to hire, first page ({request.Take} rows of {BenchData.Count(options.Candidates)} waiting)",
        "deep" => $"Candidates to hire, page at row {BenchData.Count(request.Skip)}",
        _ => $"Candidates to hire, search \"{request.Search}\" ({BenchData.Count(searchMatches)} matches), first page",
    };


    public ValueTask DisposeAsync()
    {
        sql.Dispose();
        return ValueTask.CompletedTask;
    }
}
