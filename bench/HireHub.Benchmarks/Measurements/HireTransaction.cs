using System.Diagnostics;
using HireHub.Benchmarks.Hosting;
using HireHub.Benchmarks.Running;
using HireHub.Core.Common;
using HireHub.Core.Data;
using HireHub.Core.Domain;
using HireHub.Core.Features.Hiring;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using static HireHub.Benchmarks.Running.Units;

namespace HireHub.Benchmarks.Measurements;

/// <summary>
/// P4: one hire as the Hire new worker dialog confirms it, <see cref="HiringService.HireAsync"/>: validation, the
/// duplicate check against every worker (finding nobody), the next personnel number, worker, employment, position
/// assignment, the candidate marked Hired and the audit event, in one transaction. One HR person, hires one after another.
/// </summary>
internal sealed class HireTransaction(BenchApp app, BenchOptions options, BenchDataset data) : IMeasurement
{
    private const double LatencyGoalMs = 15;

    private static readonly Actor Hr = new("bench.hr", "Benchmark HR");

    private HiringService hiring = default!;
    private TimeProvider time = default!;
    private int next;
    private int workers;

    public string Number => "P4";

    public string Title => $"Hire transaction with {BenchData.Count(options.Workers)} workers";

    public int Repetitions => options.Repetitions;

    public async Task PrepareAsync(CancellationToken ct)
    {
        hiring = app.Services.GetRequiredService<HiringService>();
        time = app.Services.GetRequiredService<TimeProvider>();
        for (var i = 0; i < options.WarmUpHires; i++)
        {
            await HireNextAsync(ct);
        }

        var dbFactory = app.Services.GetRequiredService<IDbContextFactory<HireHubDbContext>>();
        await using var db = await dbFactory.CreateDbContextAsync(ct);
        workers = await db.Workers.CountAsync(ct);
    }

    public async Task<IReadOnlyDictionary<string, double>> RunOnceAsync(CancellationToken ct)
    {
        var samples = new List<double>(options.HiresPerRun);
        var cpu = ProcessorTime();
        for (var i = 0; i < options.HiresPerRun; i++)
        {
            samples.Add(await HireNextAsync(ct));
        }

        return new Dictionary<string, double>
        {
            ["hire.p95"] = Percentiles.Of(samples, 95),
            ["hire.p50"] = Percentiles.Of(samples, 50),
            ["hire.cpu"] = (ProcessorTime() - cpu).TotalMilliseconds / options.HiresPerRun,
        };
    }

    // CPU the hires cost this process (all threads, GC included): what a hire costs the machine, which others' load
    // on the same cores does not inflate the way it inflates wall-clock latency.
    private static TimeSpan ProcessorTime() => Environment.CpuUsage.TotalTime;

    private async Task<double> HireNextAsync(CancellationToken ct)
    {
        var candidate = data.HireReady[next++];
        var start = time.Today().AddDays(30);
        var request = new HireNewWorker
        {
            CandidateId = candidate.Id,
            Revision = candidate.Revision,
            FirstName = candidate.FirstName,
            LastName = candidate.LastName,
            Email = candidate.Email,
            Phone = candidate.Phone,
            StartDate = start,
            LegalEntityId = "USMF",
            WorkerType = WorkerType.Employee,
            PositionId = candidate.PositionId,
            AssignmentStartDate = start,
            DuplicateDecision = DuplicateDecision.None,
        };

        var timestamp = Stopwatch.GetTimestamp();
        var result = await hiring.HireAsync(request, Hr, ct);
        var elapsed = Stopwatch.GetElapsedTime(timestamp).TotalMilliseconds;
        if (!result.Succeeded)
        {
            throw new InvalidOperationException($"P4: the hire of {candidate.FirstName} {candidate.LastName} was refused: {result.Problem.Message}");
        }

        return elapsed;
    }

    public MeasurementReport Report(IReadOnlyDictionary<string, Spread> figures)
    {
        var p95 = figures["hire.p95"];
        var row = TableRow.Measured(
            Number,
            $"Hire (HiringService.HireAsync with duplicate check, position, audit) with {BenchData.Count(workers)} workers",
            $"p95 {p95.Format(Ms)}",
            TableRow.None,
            TableRow.None,
            $"p95 ≤ {LatencyGoalMs} ms",
            [GoalCheck.AtMost(p95.Median, LatencyGoalMs, Ms(p95.Median), Ms(LatencyGoalMs))]);
        return new MeasurementReport(
            [row],
            [
                $"median hire {Ms(figures["hire.p50"].Median)}; process CPU time per hire {figures["hire.cpu"].Format(Ms)} (all threads: GC and background JIT run beside the hire on the second core)",
                $"{options.HiresPerRun} hires per run, one after another, after {options.WarmUpHires} warm-up hires; each finds no duplicate among the workers, takes the next personnel number and fills a vacant position",
            ]);
    }


    public ValueTask DisposeAsync() => ValueTask.CompletedTask;
}
