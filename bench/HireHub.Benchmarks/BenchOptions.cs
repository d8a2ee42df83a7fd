namespace HireHub.Benchmarks;

/// <summary>
/// How big and how long. The full mode is what docs/PERFORMANCE.md quotes; <c>--quick</c> is CI's smoke run
/// (under two minutes): the same measurements on smaller data, fewer repetitions, figures printed, not asserted.
/// </summary>
internal sealed record BenchOptions(
    bool Quick,
    int Candidates,
    int Workers,
    int Repetitions,
    int QueriesPerRun,
    int HiresPerRun,
    int Circuits,
    int CircuitRuns,
    int ColdStarts,
    string? DocumentPath,
    int SingleExportsPerRun,
    int BatchesPerRun,
    int CsvRows,
    IReadOnlySet<string>? Only = null,
    bool KeepDatabase = false,
    int? Scale = null)
{
    public const int PanelPageSize = 10;

    /// <summary>The HR person the panel runs as: P3 passes it as the panel does, P5's browser signs in as it.</summary>
    public const string HrPersonId = "hanna.reyes";

    public static BenchOptions Full { get; } = new(
        Quick: false, Candidates: 100_000, Workers: 100_000, Repetitions: 5, QueriesPerRun: 100, HiresPerRun: 100,
        Circuits: 50, CircuitRuns: 3, ColdStarts: 5, DocumentPath: null,
        SingleExportsPerRun: 10_000, BatchesPerRun: 10, CsvRows: 100_000);

    public static BenchOptions QuickRun { get; } = new(
        Quick: true, Candidates: 20_000, Workers: 20_000, Repetitions: 3, QueriesPerRun: 30, HiresPerRun: 30,
        Circuits: 20, CircuitRuns: 1, ColdStarts: 2, DocumentPath: null,
        SingleExportsPerRun: 1_000, BatchesPerRun: 2, CsvRows: 5_000);

    /// <summary>The deep page of P3 starts half-way down the panel: row 50,000 of 100,000.</summary>
    public int DeepPageRow => Candidates / 2;

    /// <summary>Candidates kept apart for P4's hires: unique names and contact details, so the duplicate check runs and finds nobody.</summary>
    public int HireCandidates => (Repetitions * HiresPerRun) + WarmUpHires;

    public int WarmUpHires => 10;

    public string Mode => Quick ? "quick" : Scale is null ? "full" : "scale";

    /// <summary>
    /// <c>--scale N</c> (P9, not in CI): the Candidates to hire panel alone over N waiting candidates, the full run's
    /// calls and runs; few workers, since nothing else is measured. Writes its own block of the document.
    /// </summary>
    private static BenchOptions ScaleRun(int candidates) =>
        Full with { Candidates = candidates, Workers = 1_000, Scale = candidates, Only = new HashSet<string> { "P9" } };

    /// <summary>Whether to run a measurement: all of them, unless <c>--only P3,P4</c> picks some (a partial run writes no document).</summary>
    public bool Runs(string number) => Only is null || Only.Contains(number);

    public static BenchOptions Parse(IReadOnlyList<string> args)
    {
        var options = args.Contains("--quick") ? QuickRun : Full;
        if (ValueOf(args, "--scale") is { } scale)
        {
            options = ScaleRun(int.Parse(scale, System.Globalization.NumberStyles.AllowThousands, System.Globalization.CultureInfo.InvariantCulture));
        }

        if (args.Contains("--keep-database"))
        {
            options = options with { KeepDatabase = true };
        }

        if (ValueOf(args, "--doc") is { } document)
        {
            options = options with { DocumentPath = Path.GetFullPath(document) };
        }

        if (ValueOf(args, "--only") is { } only)
        {
            options = options with { Only = only.ToUpperInvariant().Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries).ToHashSet() };
        }

        return options;
    }

    private static string? ValueOf(IReadOnlyList<string> args, string name)
    {
        var index = args.ToList().IndexOf(name);
        return index >= 0 && index + 1 < args.Count ? args[index + 1] : null;
    }
}
