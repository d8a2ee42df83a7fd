using System.Diagnostics;
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
/// P2: batch exports, <c>POST /api/v1/exported-candidates/batch</c> with 1,000 new candidates per request, one
/// request after another as an ATS's nightly sync sends them; against the lean ceiling, 1,000 candidates and an
/// idempotency record per durable transaction in tables with only their key and one unique index
/// (<see cref="ExportCeiling"/>). Candidates per second, both.
/// </summary>
internal sealed class BatchExports(BenchApp app, BenchOptions options) : IMeasurement
{
    public const int BatchSize = ExportService.MaxBatchItems;
    private const double CeilingRatioGoal = 0.5;

    private ExportCeiling ceiling = default!;
    private HttpClient client = default!;
    private int run;

    public string Number => "P2";

    public string Title => $"Batch exports, {BatchSize:N0} per request";

    public int Repetitions => options.Repetitions;

    public async Task PrepareAsync(CancellationToken ct)
    {
        ceiling = await ExportCeiling.OpenAsync(app, app.Services.GetRequiredService<IDbContextFactory<HireHubDbContext>>(), CeilingTables.Lean, "P2-CEILING", ct);
        client = ExportRequests.Client(app.BaseAddress, app.Token(ReferenceData.LinkedInClientId.ToString()), 4);
        await ExportAsync("P2-WARMUP", 2, ct);
        ceiling.BatchTransactions(2, BatchSize);
    }

    public async Task<IReadOnlyDictionary<string, double>> RunOnceAsync(CancellationToken ct)
    {
        run++;
        var ceilingRate = run % 2 == 1 ? ceiling.BatchTransactions(options.BatchesPerRun, BatchSize) : 0;
        var (appRate, cpu) = await ExportAsync($"P2-RUN{run}", options.BatchesPerRun, ct);
        ceilingRate = run % 2 == 0 ? ceiling.BatchTransactions(options.BatchesPerRun, BatchSize) : ceilingRate;
        return new Dictionary<string, double> { ["app"] = appRate, ["ceiling"] = ceilingRate, ["cpu"] = cpu };
    }

    /// <summary>
    /// Candidates per second over <paramref name="batches"/> requests, and this process's CPU time per candidate in µs
    /// (the app, and the one HttpClient sending the requests); throws unless every item was created.
    /// </summary>
    private async Task<(double Rate, double CpuMicroseconds)> ExportAsync(string prefix, int batches, CancellationToken ct)
    {
        var bodies = Enumerable.Range(0, batches)
            .Select(b => JsonSerializer.SerializeToUtf8Bytes(
                new ExportCandidateBatch { Items = Enumerable.Range(0, BatchSize).Select(i => ExportRequests.Candidate($"{prefix}-{b:D3}-{i:D4}", (b * BatchSize) + i)).ToList() },
                ExportJson.Options))
            .ToArray();
        var answers = new List<string>(batches);
        var cpuBefore = Environment.CpuUsage.TotalTime;
        var start = Stopwatch.GetTimestamp();
        for (var b = 0; b < batches; b++)
        {
            using var request = ExportRequests.Post("api/v1/exported-candidates/batch", bodies[b], $"{prefix}-{b}");
            using var response = await client.SendAsync(request, ct);
            var answer = await response.Content.ReadAsStringAsync(ct);
            if (response.StatusCode != HttpStatusCode.OK)
            {
                throw new InvalidOperationException($"P2: the batch was refused with {(int)response.StatusCode}: {answer}");
            }

            answers.Add(answer);
        }

        var elapsed = Stopwatch.GetElapsedTime(start).TotalSeconds;
        var cpu = (Environment.CpuUsage.TotalTime - cpuBefore).TotalMicroseconds;
        var created = answers.Sum(a => JsonDocument.Parse(a).RootElement.GetProperty("items").EnumerateArray().Count(i => i.GetProperty("status").GetInt32() == 201));
        if (created != batches * BatchSize)
        {
            throw new InvalidOperationException($"P2: {created} of {batches * BatchSize} items were created.");
        }

        return (created / elapsed, cpu / created);
    }

    public MeasurementReport Report(IReadOnlyDictionary<string, Spread> figures)
    {
        var appRate = figures["app"];
        var ceilingRate = figures["ceiling"];
        var ratio = appRate.Median / ceilingRate.Median;
        var row = TableRow.Measured(
            Number,
            $"Batch exports, {BatchSize:N0} per request, {options.BatchesPerRun} requests per run one after another",
            appRate.Format(ExportRequests.PerSecond),
            ceilingRate.Format(ExportRequests.PerSecond),
            $"{ratio:0.00}×",
            $"≥ {CeilingRatioGoal}× the lean ceiling (1,000-row transactions, as in P8, measured again here)",
            [GoalCheck.AtLeast(ratio, CeilingRatioGoal, $"{ratio:0.00}× ceiling", $"{CeilingRatioGoal}× ceiling")]);
        return new MeasurementReport(
            [row],
            [$"process CPU time per candidate (the app and the HttpClient sending the batches): {figures["cpu"].Format(Units.Microseconds)}",
             $"candidates per second, both; every item of every batch answered 201. The ceiling: {options.BatchesPerRun} transactions of {BatchSize:N0} per run, {ceiling.Describe()}"]);
    }

    public ValueTask DisposeAsync()
    {
        client?.Dispose();
        ceiling?.Dispose();
        return ValueTask.CompletedTask;
    }
}
