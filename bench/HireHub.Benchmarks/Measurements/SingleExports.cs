using System.Globalization;
using System.Text.Json;
using HireHub.Benchmarks.Hosting;
using HireHub.Benchmarks.Running;
using HireHub.Core.Data;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace HireHub.Benchmarks.Measurements;

/// <summary>
/// P1: single exports as an ATS sends them, <c>POST /api/v1/exported-candidates</c> over loopback HTTP with a bearer
/// token, a JSON body and an Idempotency-Key each, from 64 concurrent callers in a process of their own
/// (<see cref="LoadGenerator"/>), every one a new candidate and durable before its 201; against the lean one-row
/// ceiling (each export its own durable transaction in tables with only their key and one unique index). The server's
/// CPU time per export is this process's, which hosts the app and nothing else while the callers run. Each run times
/// both, the ceiling first in odd runs and second in even ones, so noise hits both.
/// </summary>
internal sealed class SingleExports(BenchApp app, BenchOptions options) : IMeasurement
{
    private const double CeilingRatioGoal = 1.0;
    private const double RateGoal = 3_000;
    private const double ServerCpuGoalMicroseconds = 500;
    private static readonly TimeSpan Patience = TimeSpan.FromMinutes(10);

    private ExportCeiling ceiling = default!;
    private ChildProgram callers = default!;
    private readonly Dictionary<string, (ApiRun Run, double ServerCpu)> profile = [];
    private int run;

    public string Number => "P1";

    public string Title => $"Single exports via POST /api/v1/exported-candidates, {LoadGenerator.Callers} concurrent callers";

    public int Repetitions => options.Repetitions;

    public async Task PrepareAsync(CancellationToken ct)
    {
        ceiling = await ExportCeiling.OpenAsync(app, app.Services.GetRequiredService<IDbContextFactory<HireHubDbContext>>(), CeilingTables.Lean, "P1-CEILING", ct);
        callers = ChildProgram.Start("load generator", LoadGenerator.Switch, app.BaseAddress.ToString(), app.Token(ReferenceData.LinkedInClientId.ToString()));
        await callers.ExpectAsync("ready", Patience, ct);

        // Warm-up: JIT on both sides, connection pools, the HTTP connections themselves.
        var (warmUp, _) = await CallAsync($"export P1-WARMUP {LoadGenerator.Callers * 4}", LoadGenerator.Callers * 4, ct);
        if (warmUp.Errors > 0)
        {
            throw new InvalidOperationException($"P1 warm-up: {warmUp.Errors} of the exports failed, first: {warmUp.FirstError}");
        }

        ceiling.OneRowTransactions(200);
        await ProfileAsync(ct);
    }

    public async Task<IReadOnlyDictionary<string, double>> RunOnceAsync(CancellationToken ct)
    {
        run++;
        (double Rate, double Cpu) ceilingRun = default;
        if (run % 2 == 1)
        {
            ceilingRun = CeilingRun();
        }

        var (result, serverCpu) = await CallAsync($"export P1-RUN{run} {options.SingleExportsPerRun}", options.SingleExportsPerRun, ct);
        if (run % 2 == 0)
        {
            ceilingRun = CeilingRun();
        }

        if (result.Errors > 0)
        {
            Console.WriteLine($"P1 run {run}: {result.Errors} errors, first: {result.FirstError}");
        }

        return new Dictionary<string, double>
        {
            ["app"] = result.PerSecond,
            ["ceiling"] = ceilingRun.Rate,
            ["server.cpu"] = serverCpu,
            ["callers.cpu"] = result.CallerCpuMicroseconds,
            ["ceiling.cpu"] = ceilingRun.Cpu,
            ["errors"] = result.Errors,
            ["p50"] = result.P50,
            ["p99"] = result.P99,
        };
    }

    private (double Rate, double Cpu) CeilingRun()
    {
        var count = CeilingTransactions;
        var cpu = Environment.CpuUsage.TotalTime;
        var rate = ceiling.OneRowTransactions(count);
        return (rate, (Environment.CpuUsage.TotalTime - cpu).TotalMicroseconds / count);
    }

    // Durable one-row transactions run at a few hundred a second here: a quarter of the exports is enough to time them.
    private int CeilingTransactions => Math.Max(200, options.SingleExportsPerRun / 4);

    /// <summary>The callers' answer to <paramref name="command"/>, and this process's CPU time per call meanwhile: the server's.</summary>
    private async Task<(ApiRun Run, double ServerCpuMicroseconds)> CallAsync(string command, int count, CancellationToken ct)
    {
        var cpu = Environment.CpuUsage.TotalTime;
        var answer = await callers.AskAsync(command, Patience, ct);
        var serverCpu = (Environment.CpuUsage.TotalTime - cpu).TotalMicroseconds / count;
        var result = JsonSerializer.Deserialize<ApiRun>(answer) ?? throw new InvalidOperationException($"The load generator answered \"{answer}\".");
        return (result, serverCpu);
    }

    /// <summary>
    /// Where an export's time goes, each step with the same 64 callers: the bearer token and HireHub's registry alone
    /// (the metadata read), plus the JSON body and validation (the dry run), and the whole export; CPU time per call too.
    /// </summary>
    private async Task ProfileAsync(CancellationToken ct)
    {
        var count = Math.Max(LoadGenerator.Callers * 4, options.SingleExportsPerRun / 4);
        profile["metadata"] = await CallAsync($"metadata {count}", count, ct);
        profile["dry run"] = await CallAsync($"dry-run P1-PROFILE {count}", count, ct);
        profile["export"] = await CallAsync($"export P1-PROFILE {count}", count, ct);
    }

    public MeasurementReport Report(IReadOnlyDictionary<string, Spread> figures)
    {
        var appRate = figures["app"];
        var ceilingRate = figures["ceiling"];
        var ratio = appRate.Median / ceilingRate.Median;
        var errors = figures["errors"].Max;
        var serverCpu = figures["server.cpu"].Median;
        var checks = new List<GoalCheck>
        {
            GoalCheck.AtLeast(ratio, CeilingRatioGoal, $"{ratio:0.00}× ceiling", $"{CeilingRatioGoal:0.0}× ceiling"),
            GoalCheck.AtLeast(appRate.Median, RateGoal, ExportRequests.PerSecond(appRate.Median), ExportRequests.PerSecond(RateGoal)),
            new(errors == 0, $"{errors:0} errors in a run"),
            GoalCheck.AtMost(serverCpu, ServerCpuGoalMicroseconds, $"server CPU {Us(serverCpu)} per export", Us(ServerCpuGoalMicroseconds)),
        };
        var row = TableRow.Measured(
            Number,
            $"Single exports via POST /api/v1/exported-candidates, {LoadGenerator.Callers} concurrent callers, {BenchData.Count(options.SingleExportsPerRun)} per run, each durable before its 201",
            $"{appRate.Format(ExportRequests.PerSecond)}; server CPU {figures["server.cpu"].Format(Us)} per export",
            $"{ceilingRate.Format(ExportRequests.PerSecond)} (lean, one-row)",
            $"{ratio:0.00}×",
            $"≥ {CeilingRatioGoal:0.0}× the lean one-row ceiling and ≥ {ExportRequests.PerSecond(RateGoal)}, zero errors, server CPU ≤ {Us(ServerCpuGoalMicroseconds)} per export",
            checks);
        return new MeasurementReport(
            [row],
            [
                $"latency per export at {LoadGenerator.Callers} callers: median {Units.Ms(figures["p50"].Median)}, p99 {Units.Ms(figures["p99"].Median)}; errors (any answer but 201) {figures["errors"].Format(e => e.ToString("0", CultureInfo.InvariantCulture))}; "
                    + $"rate limit raised to {BenchData.Count(BenchApp.ApiPermitsPerSecond)}/s through Api:RateLimit:PermitsPerSecond and Burst",
                $"CPU time per export, all threads: server (this process, hosting only the app meanwhile) {figures["server.cpu"].Format(Us)}; the {LoadGenerator.Callers} callers (their own process) {figures["callers.cpu"].Format(Us)}; per lean ceiling transaction {Us(figures["ceiling.cpu"].Median)}",
                "where an export's time goes, once before the runs, same callers: "
                    + string.Join("; ", profile.Select(p => $"{p.Key} {ExportRequests.PerSecond(p.Value.Run.PerSecond)}, server CPU {Us(p.Value.ServerCpu)} per call")),
                $"the ceiling: {CeilingTransactions:N0} transactions per run, {ceiling.Describe()}",
            ]);
    }

    private static string Us(double microseconds) => microseconds.ToString("N0", CultureInfo.InvariantCulture) + " µs";

    public async ValueTask DisposeAsync()
    {
        if (callers is not null)
        {
            await callers.DisposeAsync();
        }

        ceiling?.Dispose();
    }
}
