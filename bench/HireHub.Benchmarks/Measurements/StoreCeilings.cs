using HireHub.Benchmarks.Hosting;
using HireHub.Benchmarks.Running;
using HireHub.Core.Data;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace HireHub.Benchmarks.Measurements;

/// <summary>
/// P8, what the schema costs: the same exports stored in the lean tables (key and one unique index) and in the app's
/// own tables, durable commits both, in one-row and in 1,000-row transactions. The lean figures are the ceilings P1,
/// P2 and P6 are held against; P8's goal is the app's tables at half the lean speed or better for 1,000-row
/// transactions. Lean and own alternate which goes first from run to run, so noise hits both.
/// </summary>
internal sealed class StoreCeilings(BenchApp app, BenchOptions options) : IMeasurement
{
    private const double SchemaRatioGoal = 0.5;
    private const int BatchSize = 1_000;

    private ExportCeiling lean = default!;
    private ExportCeiling own = default!;
    private int run;

    public string Number => "P8";

    public string Title => "Store ceilings: lean tables against the app's own, durable commits";

    public int Repetitions => options.Repetitions;

    private int OneRowTransactions => options.SingleExportsPerRun / 4;

    private int BatchTransactions => Math.Max(2, options.BatchesPerRun);

    public async Task PrepareAsync(CancellationToken ct)
    {
        var dbFactory = app.Services.GetRequiredService<IDbContextFactory<HireHubDbContext>>();
        lean = await ExportCeiling.OpenAsync(app, dbFactory, CeilingTables.Lean, "P8-LEAN", ct);
        own = await ExportCeiling.OpenAsync(app, dbFactory, CeilingTables.Own, "P8-OWN", ct);
        foreach (var ceiling in new[] { lean, own })
        {
            ceiling.OneRowTransactions(100);
            ceiling.BatchTransactions(1, BatchSize);
        }
    }

    public Task<IReadOnlyDictionary<string, double>> RunOnceAsync(CancellationToken ct)
    {
        run++;
        var order = run % 2 == 1 ? new[] { ("lean", lean), ("own", own) } : [("own", own), ("lean", lean)];
        var figures = new Dictionary<string, double>();
        foreach (var (name, ceiling) in order)
        {
            ct.ThrowIfCancellationRequested();
            var cpu = Environment.CpuUsage.TotalTime;
            figures[$"{name}.one"] = ceiling.OneRowTransactions(OneRowTransactions);
            figures[$"{name}.one.cpu"] = (Environment.CpuUsage.TotalTime - cpu).TotalMicroseconds / OneRowTransactions;
            cpu = Environment.CpuUsage.TotalTime;
            figures[$"{name}.batch"] = ceiling.BatchTransactions(BatchTransactions, BatchSize);
            figures[$"{name}.batch.cpu"] = (Environment.CpuUsage.TotalTime - cpu).TotalMicroseconds / (BatchTransactions * BatchSize);
        }

        return Task.FromResult<IReadOnlyDictionary<string, double>>(figures);
    }

    public MeasurementReport Report(IReadOnlyDictionary<string, Spread> figures)
    {
        var oneRatio = figures["own.one"].Median / figures["lean.one"].Median;
        var batchRatio = figures["own.batch"].Median / figures["lean.batch"].Median;
        var rows = new[]
        {
            TableRow.Reference(
                "C1",
                $"Store ceiling, one-row transactions (an export's candidate + its idempotency record, durable), {BenchData.Count(OneRowTransactions)} per run: the app's tables against the lean ones",
                figures["own.one"].Format(ExportRequests.PerSecond),
                figures["lean.one"].Format(ExportRequests.PerSecond),
                $"{oneRatio:0.00}×",
                "reference: the lean figure is P1's ceiling"),
            TableRow.Measured(
                Number,
                $"Schema cost: 1,000-row transactions (a batch's candidates + its idempotency record, durable), {BatchTransactions} per run: the app's tables against the lean ones",
                figures["own.batch"].Format(ExportRequests.PerSecond),
                figures["lean.batch"].Format(ExportRequests.PerSecond),
                $"{batchRatio:0.00}×",
                $"the app's tables ≥ {SchemaRatioGoal}× the lean ones (the lean figure is P2's and P6's ceiling)",
                [GoalCheck.AtLeast(batchRatio, SchemaRatioGoal, $"{batchRatio:0.00}× lean", $"{SchemaRatioGoal}× lean")]),
        };
        return new MeasurementReport(
            rows,
            [
                $"process CPU time per candidate stored: one-row transactions, lean {Units.Microseconds(figures["lean.one.cpu"].Median)}, own {Units.Microseconds(figures["own.one.cpu"].Median)}; "
                    + $"1,000-row transactions, lean {Units.Microseconds(figures["lean.batch.cpu"].Median)}, own {Units.Microseconds(figures["own.batch.cpu"].Median)} (a one-row transaction's CPU is mostly its commit: the WAL write and fsync)",
                $"lean: {lean.Describe()}",
                $"own: {own.Describe()}",
            ]);
    }

    public ValueTask DisposeAsync()
    {
        lean?.Dispose();
        own?.Dispose();
        return ValueTask.CompletedTask;
    }
}
