namespace HireHub.Benchmarks.Running;

/// <summary>
/// One numbered line of the table (P1…P7): a figure of HireHub and, where the issue names one, the
/// machine's ceiling for the same work. The runner prepares it once, runs it <see cref="Repetitions"/> times and
/// hands the spread of every quantity to <see cref="Report"/>, which checks the goals.
/// </summary>
internal interface IMeasurement : IAsyncDisposable
{
    string Number { get; }

    string Title { get; }

    int Repetitions { get; }

    /// <summary>Everything outside the timed runs: data, connections, warm-up.</summary>
    Task PrepareAsync(CancellationToken ct);

    /// <summary>One run: each quantity this measurement reports, by name (e.g. <c>first.app</c>, <c>first.sql</c>).</summary>
    Task<IReadOnlyDictionary<string, double>> RunOnceAsync(CancellationToken ct);

    MeasurementReport Report(IReadOnlyDictionary<string, Spread> figures);
}

/// <summary>Rows for the table, and notes that say what the rows cannot (plans, sizes, side figures).</summary>
internal sealed record MeasurementReport(IReadOnlyList<TableRow> Rows, IReadOnlyList<string> Notes);
