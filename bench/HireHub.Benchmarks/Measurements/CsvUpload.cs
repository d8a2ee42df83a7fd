using System.Diagnostics;
using System.Globalization;
using System.Text;
using HireHub.Benchmarks.Hosting;
using HireHub.Benchmarks.Running;
using HireHub.Core.Common;
using HireHub.Core.Data;
using HireHub.Core.Features.Exports;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace HireHub.Benchmarks.Measurements;

/// <summary>
/// P6: a recruiter's CSV upload as the Export to HRIS page runs it (<see cref="ManualExports.SourceAsync"/>, then
/// <see cref="CsvImport.ImportAsync"/> over the file's stream), 100,000 new candidates in a file under the page's
/// size limit; rows per second against the lean 1,000-row ceiling measured in the same run, and the process's memory through the
/// upload. Flat memory: the heap that survives a full GC after the last quarter of the rows is no larger than after
/// the first (within <see cref="FlatSlackBytes"/>), as it would be if rows were kept (<see cref="RetainedHeapProbe"/>).
/// The peak sampled every 20 ms, garbage included, is reported beside it: it follows the GC's budgets, not the import.
/// </summary>
internal sealed class CsvUpload(BenchApp app, BenchOptions options) : IMeasurement
{
    private const double CeilingRatioGoal = 0.3;
    private const double FlatSlackBytes = 8 * 1024 * 1024;

    private readonly string folder = Directory.CreateTempSubdirectory("hirehub-bench-csv-").FullName;
    private readonly List<string> files = [];
    private ExportCeiling ceiling = default!;
    private CsvImport import = default!;
    private ExportSource source = default!;
    private int run;

    public string Number => "P6";

    public string Title => $"CSV upload of {BenchData.Count(options.CsvRows)} rows through the recruiter's import path";

    public int Repetitions => options.Repetitions;

    public async Task PrepareAsync(CancellationToken ct)
    {
        ceiling = await ExportCeiling.OpenAsync(app, app.Services.GetRequiredService<IDbContextFactory<HireHubDbContext>>(), CeilingTables.Lean, "P6-CEILING", ct);
        import = app.Services.GetRequiredService<CsvImport>();
        var recruiter = new Actor("riya.patel", "Riya Patel");
        source = (await app.Services.GetRequiredService<ManualExports>().SourceAsync(recruiter, ct)).Value
            ?? throw new InvalidOperationException("P6: the Manual entry connection is missing.");

        for (var r = 0; r <= options.Repetitions; r++)
        {
            files.Add(await WriteFileAsync(r == 0 ? "P6-WARMUP" : $"P6-RUN{r}", r == 0 ? Math.Min(5_000, options.CsvRows) : options.CsvRows, ct));
        }

        var size = new FileInfo(files[^1]).Length;
        if (size > ManualExports.MaxCsvBytes)
        {
            throw new InvalidOperationException($"P6: the generated file has {size:N0} bytes, more than the upload accepts ({ManualExports.MaxCsvBytes:N0}).");
        }

        await ImportAsync(files[0], ct);
        ceiling.BatchTransactions(2, BatchExports.BatchSize);
    }

    public async Task<IReadOnlyDictionary<string, double>> RunOnceAsync(CancellationToken ct)
    {
        run++;
        var transactions = Math.Max(2, options.CsvRows / BatchExports.BatchSize / 5);
        var ceilingRate = run % 2 == 1 ? ceiling.BatchTransactions(transactions, BatchExports.BatchSize) : 0;
        var upload = await ImportAsync(files[run], ct);
        ceilingRate = run % 2 == 0 ? ceiling.BatchTransactions(transactions, BatchExports.BatchSize) : ceilingRate;
        return new Dictionary<string, double>
        {
            ["app"] = upload.RowsPerSecond,
            ["ceiling"] = ceilingRate,
            ["heap.peak"] = upload.HeapPeak,
            ["kept.first"] = upload.Retained[0],
            ["kept.last"] = upload.Retained[^1],
            ["kept.growth"] = upload.Retained[^1] - upload.Retained[0],
            ["ws.peak"] = upload.WorkingSetPeak,
        };
    }

    private async Task<Upload> ImportAsync(string file, CancellationToken ct)
    {
        var heapBefore = RetainedHeapProbe.CollectedHeap();
        var probe = new RetainedHeapProbe(CountRows(file), heapBefore);
        var workingSetBefore = Environment.WorkingSet;
        var samples = new List<(double Seconds, long Heap, long WorkingSet)>();
        using var stop = new CancellationTokenSource();
        var clock = Stopwatch.StartNew();
        var sampler = Task.Run(
            async () =>
            {
                while (!stop.IsCancellationRequested)
                {
                    samples.Add((clock.Elapsed.TotalSeconds, GC.GetTotalMemory(false) - heapBefore, Environment.WorkingSet - workingSetBefore));
                    await Task.Delay(20, CancellationToken.None);
                }
            },
            CancellationToken.None);

        Result<CsvImportReport> report;
        await using (var stream = new FileStream(file, FileMode.Open, FileAccess.Read, FileShare.Read, 16 * 1024, useAsync: true))
        {
            report = await import.ImportAsync(source, stream, probe, ct);
        }

        var elapsed = (clock.Elapsed - probe.Spent).TotalSeconds;
        await stop.CancelAsync();
        await sampler;
        if (report.Value is not { Problems.Count: 0 } stored)
        {
            throw new InvalidOperationException($"P6: the upload did not store every row: {(report.Succeeded ? string.Join("; ", report.Value.Problems.Take(3)) : report.Problem.Message)}");
        }

        if (probe.Retained.Count != RetainedHeapProbe.Points)
        {
            throw new InvalidOperationException($"P6: the upload reported {probe.Retained.Count} of its {RetainedHeapProbe.Points} memory points.");
        }

        return new Upload(stored.Stored / elapsed, samples.Max(s => s.Heap), probe.Retained, samples.Max(s => s.WorkingSet));
    }

    private int CountRows(string file) => file == files[0] ? Math.Min(5_000, options.CsvRows) : options.CsvRows;

    private async Task<string> WriteFileAsync(string prefix, int rows, CancellationToken ct)
    {
        var path = Path.Combine(folder, $"{prefix}.csv");
        await using var writer = new StreamWriter(path, append: false, new UTF8Encoding(false));
        await writer.WriteLineAsync("candidateId,firstName,lastName,email,phone,startDate");
        for (var i = 0; i < rows; i++)
        {
            var c = ExportRequests.Candidate($"{prefix}-{i:D6}", i);
            await writer.WriteLineAsync($"{c.CandidateId},{c.FirstName},{c.LastName},{c.Email},{c.Phone},{c.StartDate}".AsMemory(), ct);
        }

        return path;
    }

    public MeasurementReport Report(IReadOnlyDictionary<string, Spread> figures)
    {
        var appRate = figures["app"];
        var ceilingRate = figures["ceiling"];
        var ratio = appRate.Median / ceilingRate.Median;
        var first = figures["kept.first"].Median;
        var last = figures["kept.last"].Median;
        var flat = figures["kept.growth"].Max <= FlatSlackBytes;
        var fileBytes = new FileInfo(files[^1]).Length;
        var row = TableRow.Measured(
            Number,
            $"CSV upload of {BenchData.Count(options.CsvRows)} rows ({Mb(fileBytes)} file) through the recruiter's import path",
            $"{appRate.Format(ExportRequests.PerSecond)}; peak heap +{figures["heap.peak"].Format(Mb)}",
            $"{ceilingRate.Format(ExportRequests.PerSecond)} (lean, 1,000-row)",
            $"{ratio:0.00}×",
            $"≥ {CeilingRatioGoal}× the lean 1,000-row ceiling, memory flat (heap kept after the last quarter ≤ after the first + {Mb(FlatSlackBytes)}, every run)",
            [
                GoalCheck.AtLeast(ratio, CeilingRatioGoal, $"{ratio:0.00}× ceiling", $"{CeilingRatioGoal}× ceiling"),
                new(flat, $"memory grows: heap kept {Mb(last)} after the last quarter against {Mb(first)} after the first (up to {Mb(figures["kept.growth"].Max)} more in a run)"),
            ]);
        return new MeasurementReport(
            [row],
            [
                $"managed heap kept (after a forced full GC) above its level before the upload: after the first quarter of the rows {figures["kept.first"].Format(Mb)}, after the last {figures["kept.last"].Format(Mb)}; "
                    + $"peak sampled every 20 ms, garbage included, {figures["heap.peak"].Format(Mb)}; process working set peak +{figures["ws.peak"].Format(Mb)}; the file is {Mb(fileBytes)}",
                $"the ceiling is the lean 1,000-row one (P8's), measured again in each run beside the upload ({Math.Max(2, options.CsvRows / BatchExports.BatchSize / 5)} transactions of {BatchExports.BatchSize:N0})",
            ]);
    }

    private static string Mb(double bytes) => (bytes / (1024 * 1024)).ToString("0.0", CultureInfo.InvariantCulture) + " MB";

    public ValueTask DisposeAsync()
    {
        ceiling?.Dispose();
        try
        {
            Directory.Delete(folder, recursive: true);
        }
        catch (IOException)
        {
            // Left for the OS's temp clean-up.
        }

        return ValueTask.CompletedTask;
    }

    private sealed record Upload(double RowsPerSecond, double HeapPeak, IReadOnlyList<long> Retained, double WorkingSetPeak);
}
