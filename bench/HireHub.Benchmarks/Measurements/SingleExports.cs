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
    private int run;

    public string Number => "P1";

    public string Title => $"Single exports via POST /api/v1/exported-candidates, {Callers} concurrent callers";

    public int Repetitions => options.Repetitions;

    public async Task PrepareAsync(CancellationToken ct)
    {
        ceiling = await ExportCeiling.OpenAsync(app, app.Services.GetRequiredService<IDbContextFactory<HireHubDbContext>>(), "P1-CEILING", ct);
        client = ExportRequests.Client(app.BaseAddress, app.Token(ReferenceData.LinkedInClientId.ToString()), Callers);

        // Warm-up: JIT, connection pools, the HTTP connections themselves.
        var warmUp = await ExportAsync("P1-WARMUP", Math.Max(Callers * 4, options.SingleExportsPerRun / 10), ct);
        if (warmUp.Errors > 0)
        {
            throw new InvalidOperationException($"P1 warm-up: {warmUp.Errors} of the exports failed, first: {warmUp.FirstError}");
        }

        ceiling.OneRowTransactions(1_000);
    }

    public async Task<IReadOnlyDictionary<string, double>> RunOnceAsync(CancellationToken ct)
    {
        run++;
        double ceilingRate = 0;
        if (run % 2 == 1)
        {
            ceilingRate = ceiling.OneRowTransactions(options.SingleExportsPerRun);
        }

        var result = await ExportAsync($"P1-RUN{run}", options.SingleExportsPerRun, ct);
        if (run % 2 == 0)
        {
            ceilingRate = ceiling.OneRowTransactions(options.SingleExportsPerRun);
        }

        if (result.Errors > 0)
        {
            Console.WriteLine($"P1 run {run}: {result.Errors} errors, first: {result.FirstError}");
        }

        return new Dictionary<string, double>
        {
            ["app"] = result.PerSecond,
            ["ceiling"] = ceilingRate,
            ["errors"] = result.Errors,
            ["p50"] = result.P50,
            ["p99"] = result.P99,
        };
    }

    private async Task<ApiRun> ExportAsync(string prefix, int count, CancellationToken ct)
    {
        // Bodies are serialized before the clock starts: the figure is the server's work, not the client's.
        var bodies = Enumerable.Range(0, count)
            .Select(i => JsonSerializer.SerializeToUtf8Bytes(ExportRequests.Candidate($"{prefix}-{i:D7}", i), ExportJson.Options))
            .ToArray();
        var latencies = new double[count];
        var errors = 0;
        string? firstError = null;
        var next = -1;
        var start = Stopwatch.GetTimestamp();
        var callers = Enumerable.Range(0, Callers).Select(_ => Task.Run(
            async () =>
            {
                for (var i = Interlocked.Increment(ref next); i < count; i = Interlocked.Increment(ref next))
                {
                    var sent = Stopwatch.GetTimestamp();
                    try
                    {
                        using var request = ExportRequests.Post("api/v1/exported-candidates", bodies[i], $"{prefix}-{i}");
                        using var response = await client.SendAsync(request, ct);
                        if (response.StatusCode != HttpStatusCode.Created)
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
        return new ApiRun(count / elapsed, errors, firstError, Percentiles.Of(latencies, 50), Percentiles.Of(latencies, 99));
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
                $"the ceiling: {options.SingleExportsPerRun:N0} transactions per run, {ceiling.Describe()}",
            ]);
    }

    public ValueTask DisposeAsync()
    {
        client?.Dispose();
        ceiling?.Dispose();
        return ValueTask.CompletedTask;
    }

    private sealed record ApiRun(double PerSecond, int Errors, string? FirstError, double P50, double P99);
}
