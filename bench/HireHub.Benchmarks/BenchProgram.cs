using System.Diagnostics;
using System.Reflection;
using HireHub.Benchmarks.Hosting;
using HireHub.Benchmarks.Measurements;
using HireHub.Benchmarks.Running;
using HireHub.Core.Data;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace HireHub.Benchmarks;

/// <summary>Builds the data, runs every measurement, prints the one table and, in full mode, writes docs/PERFORMANCE.md.</summary>
internal static class BenchProgram
{
    public static async Task<int> RunAsync(BenchOptions options, CancellationToken ct)
    {
        var wall = Stopwatch.StartNew();
        var log = Console.Out;
        var startedAt = TimeProvider.System.GetUtcNow();
        var machine = MachineDescription.Describe(SqliteVersion());
        log.WriteLine($"HireHub benchmark, {options.Mode} mode: {BenchData.Count(options.Candidates)} candidates waiting, "
            + $"{BenchData.Count(options.Workers)} workers, {options.Circuits} circuits, {options.Repetitions} runs per figure");
        var buildWarning = ReleaseBuildWarning();
        if (buildWarning is not null)
        {
            log.WriteLine($"WARNING: {buildWarning}");
        }

        var runner = new MeasurementRunner(log);
        var stopped = false;
        try
        {
            await RunMeasurementsAsync(options, runner, log, ct);
        }
        catch (OperationCanceledException) when (ct.IsCancellationRequested)
        {
            // Ctrl+C or SIGTERM (CI's time cap): what was measured so far is still worth printing.
            stopped = true;
            log.WriteLine("Stopped before the end: the table holds the measurements that finished.");
        }

        var table = ResultTable.Render(runner.Rows);
        var summary = RunSummary(options, startedAt, wall.Elapsed, buildWarning);
        log.WriteLine();
        log.WriteLine(summary);
        log.WriteLine();
        log.Write(table);
        log.WriteLine();
        foreach (var note in runner.Notes)
        {
            log.WriteLine($"- {note}");
        }

        var document = stopped ? null : options.DocumentPath ?? (options.Quick || (options.Only is not null && options.Scale is null) ? null : RepositoryPaths.PerformanceDocument);
        if (document is not null)
        {
            var section = PerformanceDocument.Section(table, runner.Notes, machine.Append(("load average at end (1/5/15 min)", MachineDescription.LoadAverage())), summary, options.Scale is not null);
            PerformanceDocument.Write(document, section, options.Scale is not null);
            log.WriteLine($"Written to {document}");
        }

        log.WriteLine($"Wall time {wall.Elapsed.TotalSeconds:0} s");
        // Missed goals are figures, not failures; only a measurement that could not run fails the program.
        return stopped ? 130 : runner.Failures == 0 ? 0 : 1;
    }

    private static async Task RunMeasurementsAsync(BenchOptions options, MeasurementRunner runner, TextWriter log, CancellationToken ct)
    {
        await using (var app = new BenchApp(options.KeepDatabase))
        {
            app.Start();
            log.WriteLine($"App listening on {app.BaseAddress}; building data in {app.DatabasePath}");
            var dataClock = Stopwatch.StartNew();
            var data = await BenchData.BuildAsync(app.Services.GetRequiredService<IDbContextFactory<HireHubDbContext>>(), options, TimeProvider.System, ct);
            if (new[] { "P1", "P2", "P6", "P8" }.Any(options.Runs))
            {
                LeanTables.Create(app.ConnectionString);
            }

            log.WriteLine($"Data built in {dataClock.Elapsed.TotalSeconds:0.0} s");

            // The exports come last: they add candidates, which P3's figures must not include.
            IMeasurement[] inProcess =
            [
                new CandidatesToHireQuery(app, options, data), new HireTransaction(app, options, data), new HomeQueries(app, options), new MemoryPerCircuit(app, options),
                new StoreCeilings(app, options), new SingleExports(app, options), new BatchExports(app, options), new CsvUpload(app, options),
            ];
            foreach (var measurement in inProcess.Where(m => options.Runs(m.Number)))
            {
                await runner.RunAsync(measurement, ct);
            }
        }

        // Last and alone: the in-process app is gone, so the starting process has the machine to itself.
        var coldStart = new ColdStart(options);
        if (options.Runs(coldStart.Number))
        {
            await runner.RunAsync(coldStart, ct);
        }
    }

    private static string RunSummary(BenchOptions options, DateTimeOffset startedAt, TimeSpan wall, string? buildWarning)
    {
        var commit = MachineDescription.GitCommit(RepositoryPaths.Root);
        var summary = string.Concat(
            FormattableString.Invariant($"{(options.Quick ? "Quick" : options.Scale is null ? "Full" : "Scale")} run of {startedAt:yyyy-MM-dd HH:mm} UTC{(commit is null ? "" : $" at commit {commit}")}, "),
            FormattableString.Invariant($"{wall.TotalMinutes:0.0} min wall time. Data: {BenchData.Count(options.Candidates)} candidates waiting to be hired "),
            FormattableString.Invariant($"(one already decided after every ten), {BenchData.Count(options.Workers)} workers with their employments. "),
            FormattableString.Invariant($"Each figure is the median of its runs ({options.Repetitions} for P1-P4 and P6, {options.CircuitRuns} for P5, {options.ColdStarts} for P7) "),
            "with the lowest and highest run in brackets; ratios and goals use the medians.");
        return buildWarning is null ? summary : $"{summary} WARNING: {buildWarning}";
    }

    private static string? ReleaseBuildWarning()
    {
        var web = typeof(Program).Assembly;
        var debuggable = web.GetCustomAttribute<DebuggableAttribute>();
        return debuggable?.IsJITOptimizerDisabled == true
            ? "HireHub.Web is a Debug build; run with -c Release for figures that mean anything."
            : null;
    }

    private static string SqliteVersion()
    {
        using var connection = new SqliteConnection("Data Source=:memory:");
        connection.Open();
        using var command = connection.CreateCommand();
        command.CommandText = "SELECT sqlite_version()";
        return (string)command.ExecuteScalar()!;
    }
}
