using System.Diagnostics;
using System.Globalization;
using System.Net;
using System.Text.Json;
using HireHub.Benchmarks.Hosting;
using HireHub.Benchmarks.Running;
using HireHub.Core.Data;
using HireHub.Core.Features.Exports;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace HireHub.Benchmarks.Measurements;

/// <summary>
/// P1: single exports as an ATS sends them, <c>POST /api/v1/exported-candidates</c> over loopback HTTP with a bearer
/// token, a JSON body and an Idempotency-Key each, from 64 concurrent callers, every one a new candidate; against
/// the ceiling of one transaction per export (its candidate row and idempotency record) through Microsoft.Data.Sqlite.
/// Each run times both, the ceiling first in odd runs and second in even ones, so noise hits both.
/// </summary>
internal sealed class SingleExports(BenchApp app, BenchOptions options) : IMeasurement
{
    public const int Callers = 64;
    private const double CeilingRatioGoal = 0.5;
    private const double RateGoal = 3_000;

    private ExportCeiling ceiling = default!;
    private HttpClient client = default!;
    private readonly Dictionary<string, ApiRun> profile = [];
    private int run;

    public string Number => "P1";

    public string Title => $"Single exports via POST /api/v1/exported-candidates, {Callers} concurrent callers";

    public int Repetitions => options.Repetitions;

    public async Task PrepareAsync(CancellationToken ct)
    {
        ceiling = await ExportCeiling.OpenAsync(app, app.Services.GetRequiredService<IDbContextFactory<HireHubDbContext>>(), "P1-CEILING", ct);
        client = ExportRequests.Client(app.BaseAddress, app.Token(ReferenceData.LinkedInClientId.ToString()), Callers);

        // Warm-up: JIT, connection pools, the HTTP connections themselves.
        var warmUp = await ExportAsync("P1-WARMUP", Callers * 4, ct);
        if (warmUp.Errors > 0)
        {
            throw new InvalidOperationException($"P1 warm-up: {warmUp.Errors} of the exports failed, first: {warmUp.FirstError}");
        }

        ceiling.OneRowTransactions(1_000);
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

        var result = await ExportAsync($"P1-RUN{run}", options.SingleExportsPerRun, ct);
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
            ["app.cpu"] = result.CpuMicroseconds,
            ["ceiling.cpu"] = ceilingRun.Cpu,
            ["errors"] = result.Errors,
            ["p50"] = result.P50,
            ["p99"] = result.P99,
        };
    }

    private (double Rate, double Cpu) CeilingRun()
    {
        var cpu = Environment.CpuUsage.TotalTime;
        var rate = ceiling.OneRowTransactions(options.SingleExportsPerRun);
        return (rate, (Environment.CpuUsage.TotalTime - cpu).TotalMicroseconds / options.SingleExportsPerRun);
    }

    private Task<ApiRun> ExportAsync(string prefix, int count, CancellationToken ct)
    {
        // Bodies are serialized before the clock starts: the figure is the server's work, not the client's.
        var bodies = Bodies(prefix, count);
        return CallAsync(count, i => ExportRequests.Post("api/v1/exported-candidates", bodies[i], $"{prefix}-{i}"), HttpStatusCode.Created, ct);
    }

    private static byte[][] Bodies(string prefix, int count) => Enumerable.Range(0, count)
        .Select(i => JsonSerializer.SerializeToUtf8Bytes(ExportRequests.Candidate($"{prefix}-{i:D7}", i), ExportJson.Options))
        .ToArray();

    /// <summary>
    /// Where an export's time goes, each step with the same 64 callers: the bearer token and HireHub's registry alone
    /// (the metadata read), plus the JSON body and validation (the dry run), and the whole export; CPU time per call too.
    /// </summary>
    private async Task ProfileAsync(CancellationToken ct)
    {
        var count = Math.Max(Callers * 4, options.SingleExportsPerRun / 4);
        var bodies = Bodies("P1-PROFILE", count);
        profile["metadata"] = await CallAsync(count, _ => new HttpRequestMessage(HttpMethod.Get, "api/v1/metadata/exported-candidates"), HttpStatusCode.OK, ct);
        profile["dry run"] = await CallAsync(count, i => ExportRequests.Post("api/v1/exported-candidates/dry-run", bodies[i], $"P1-PROFILE-{i}"), HttpStatusCode.OK, ct);
        profile["export"] = await ExportAsync("P1-PROFILE", count, ct);
    }

    private async Task<ApiRun> CallAsync(int count, Func<int, HttpRequestMessage> request, HttpStatusCode expected, CancellationToken ct)
    {
        var latencies = new double[count];
        var errors = 0;
        string? firstError = null;
        var next = -1;
        var cpu = Environment.CpuUsage.TotalTime;
        var start = Stopwatch.GetTimestamp();
        var callers = Enumerable.Range(0, Callers).Select(_ => Task.Run(
            async () =>
            {
                for (var i = Interlocked.Increment(ref next); i < count; i = Interlocked.Increment(ref next))
                {
                    var sent = Stopwatch.GetTimestamp();
                    try
                    {
                        using var message = request(i);
                        using var response = await client.SendAsync(message, ct);
                        if (response.StatusCode != expected)
                        {
                            Interlocked.Increment(ref errors);
                            firstError ??= $"{(int)response.StatusCode}: {await response.Content.ReadAsStringAsync(ct)}";
                        }
                        else
                        {
                            await response.Content.LoadIntoBufferAsync(ct);
                        }
                    }
                    catch (HttpRequestException error)
                    {
                        Interlocked.Increment(ref errors);
                        firstError ??= error.Message;
                    }

                    latencies[i] = Stopwatch.GetElapsedTime(sent).TotalMilliseconds;
                }
            },
            ct)).ToArray();
        await Task.WhenAll(callers);
        var elapsed = Stopwatch.GetElapsedTime(start).TotalSeconds;
        var cpuPerCall = (Environment.CpuUsage.TotalTime - cpu).TotalMicroseconds / count;
        return new ApiRun(count / elapsed, errors, firstError, Percentiles.Of(latencies, 50), Percentiles.Of(latencies, 99), cpuPerCall);
    }

    public MeasurementReport Report(IReadOnlyDictionary<string, Spread> figures)
    {
        var appRate = figures["app"];
        var ceilingRate = figures["ceiling"];
        var ratio = appRate.Median / ceilingRate.Median;
        var errors = figures["errors"].Max;
        var checks = new List<GoalCheck>
        {
            GoalCheck.AtLeast(ratio, CeilingRatioGoal, $"{ratio:0.00}× ceiling", $"{CeilingRatioGoal}× ceiling"),
            GoalCheck.AtLeast(appRate.Median, RateGoal, ExportRequests.PerSecond(appRate.Median), ExportRequests.PerSecond(RateGoal)),
            new(errors == 0, $"{errors:0} errors in a run"),
        };
        var row = TableRow.Measured(
            Number,
            $"Single exports via POST /api/v1/exported-candidates, {Callers} concurrent callers, {BenchData.Count(options.SingleExportsPerRun)} per run",
            appRate.Format(ExportRequests.PerSecond),
            ceilingRate.Format(ExportRequests.PerSecond),
            $"{ratio:0.00}×",
            $"≥ {CeilingRatioGoal}× ceiling (one-row INSERT transactions) and ≥ {ExportRequests.PerSecond(RateGoal)}, zero errors",
            checks);
        return new MeasurementReport(
            [row],
            [
                $"latency per export at {Callers} callers: median {Units.Ms(figures["p50"].Median)}, p99 {Units.Ms(figures["p99"].Median)}; errors (any answer but 201) {figures["errors"].Format(e => e.ToString("0", CultureInfo.InvariantCulture))}; "
                    + $"rate limit raised to {BenchData.Count(BenchApp.ApiPermitsPerSecond)}/s through Api:RateLimit:PermitsPerSecond and Burst",
                $"process CPU time per export (server and the 64 callers, all threads): {Us(figures["app.cpu"].Median)}; per ceiling transaction {Us(figures["ceiling.cpu"].Median)}",
                "where an export's time goes, once before the runs, same callers: " + string.Join("; ", profile.Select(p => $"{p.Key} {ExportRequests.PerSecond(p.Value.PerSecond)}, {Us(p.Value.CpuMicroseconds)} CPU per call")),
                $"the ceiling: {options.SingleExportsPerRun:N0} transactions per run, {ceiling.Describe()}",
            ]);
    }

    private static string Us(double microseconds) => microseconds.ToString("N0", CultureInfo.InvariantCulture) + " µs";

    public ValueTask DisposeAsync()
    {
        client?.Dispose();
        ceiling?.Dispose();
        return ValueTask.CompletedTask;
    }

    private sealed record ApiRun(double PerSecond, int Errors, string? FirstError, double P50, double P99, double CpuMicroseconds);
}
