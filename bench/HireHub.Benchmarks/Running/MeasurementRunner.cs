using System.Diagnostics;

namespace HireHub.Benchmarks.Running;

/// <summary>Prepares each measurement, repeats it, and reduces every quantity to median [min–max].</summary>
internal sealed class MeasurementRunner(TextWriter log)
{
    public List<TableRow> Rows { get; } = [];

    public List<string> Notes { get; } = [];

    public int Failures { get; private set; }

    public async Task RunAsync(IMeasurement measurement, CancellationToken ct)
    {
        var clock = Stopwatch.StartNew();
        log.WriteLine($"{measurement.Number} {measurement.Title}: preparing");
        try
        {
            await measurement.PrepareAsync(ct);
            var runs = new List<IReadOnlyDictionary<string, double>>();
            for (var run = 1; run <= measurement.Repetitions; run++)
            {
                var quantities = await measurement.RunOnceAsync(ct);
                runs.Add(quantities);
                log.WriteLine($"{measurement.Number} run {run}/{measurement.Repetitions}: "
                    + string.Join(", ", quantities.Select(q => $"{q.Key} {q.Value:0.###}")));
            }

            var figures = runs.SelectMany(r => r.Keys).Distinct()
                .ToDictionary(key => key, key => Spread.Of(runs.Where(r => r.ContainsKey(key)).Select(r => r[key])));
            var report = measurement.Report(figures);
            Rows.AddRange(report.Rows);
            Notes.AddRange(report.Notes.Select(note => $"{measurement.Number}: {note}"));
        }
        catch (Exception error) when (error is not OperationCanceledException)
        {
            // A measurement that breaks is reported as such; the others still run and print their figures.
            Failures++;
            log.WriteLine($"{measurement.Number} failed: {error}");
            Rows.Add(TableRow.Failed(measurement.Number, measurement.Title, error));
        }
        finally
        {
            await measurement.DisposeAsync();
            log.WriteLine($"{measurement.Number} done in {clock.Elapsed.TotalSeconds:0.0} s");
        }
    }
}
