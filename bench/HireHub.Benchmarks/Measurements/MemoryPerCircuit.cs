using System.Diagnostics;
using System.Runtime;
using HireHub.Benchmarks.Hosting;
using HireHub.Benchmarks.Running;

namespace HireHub.Benchmarks.Measurements;

/// <summary>
/// P5: the server's managed heap per Blazor circuit on Personnel management. Real Chromium pages (driven by a child
/// process, see <see cref="CircuitDriver"/>) open the page, each its own circuit; the heap after a forced, compacting
/// GC with all of them live, less the heap before they opened, divided by the circuits the server counts.
/// </summary>
internal sealed class MemoryPerCircuit(BenchApp app, BenchOptions options) : IMeasurement
{
    private const double GoalBytes = 500 * 1024;
    private static readonly TimeSpan Patience = TimeSpan.FromMinutes(5);

    private ChildProgram? driver;

    public string Number => "P5";

    public string Title => $"Server memory per Blazor circuit, {options.Circuits} Chromium pages on Personnel management";

    public int Repetitions => options.CircuitRuns;

    public async Task PrepareAsync(CancellationToken ct)
    {
        driver = ChildProgram.Start("circuit driver", CircuitDriver.Switch, app.BaseAddress.ToString());
        await driver.ExpectAsync("ready", Patience, ct);

        // The first circuits pay for JIT, static caches and Kestrel's pools; those are not per circuit.
        await SendAsync("open 4", "opened 4", ct);
        await SendAsync("close", "closed", ct);
    }

    public async Task<IReadOnlyDictionary<string, double>> RunOnceAsync(CancellationToken ct)
    {
        await app.Circuits.WaitForAsync(open => open == 0, TimeSpan.FromSeconds(30), ct);
        var heapBefore = CollectedHeap();
        var workingSetBefore = WorkingSet();

        await SendAsync($"open {options.Circuits}", $"opened {options.Circuits}", ct);
        await app.Circuits.WaitForAsync(open => open >= options.Circuits, TimeSpan.FromSeconds(30), ct);
        // Let the last render batches be acknowledged and the grids' data land.
        await Task.Delay(TimeSpan.FromSeconds(2), ct);
        var circuits = app.Circuits.Open;
        var heapAfter = CollectedHeap();
        var workingSetAfter = WorkingSet();

        await SendAsync("close", "closed", ct);
        return new Dictionary<string, double>
        {
            ["heap.per.circuit"] = (double)(heapAfter - heapBefore) / circuits,
            ["workingset.per.circuit"] = (double)(workingSetAfter - workingSetBefore) / circuits,
            ["circuits"] = circuits,
        };
    }

    public MeasurementReport Report(IReadOnlyDictionary<string, Spread> figures)
    {
        var perCircuit = figures["heap.per.circuit"];
        var row = TableRow.Measured(
            Number,
            $"Server managed heap per Blazor circuit, {figures["circuits"].Median:0} live Chromium pages on Personnel management, after forced GC",
            perCircuit.Format(Units.Kb),
            TableRow.None,
            TableRow.None,
            $"≤ {Units.Kb(GoalBytes)} per circuit",
            [GoalCheck.AtMost(perCircuit.Median, GoalBytes, Units.Kb(perCircuit.Median), Units.Kb(GoalBytes))]);
        return new MeasurementReport(
            [row],
            [$"process working set grew {figures["workingset.per.circuit"].Format(Units.Kb)} per circuit (managed heap plus native buffers; noisier)"]);
    }

    private static long CollectedHeap()
    {
        GCSettings.LargeObjectHeapCompactionMode = GCLargeObjectHeapCompactionMode.CompactOnce;
        for (var i = 0; i < 3; i++)
        {
            GC.Collect(GC.MaxGeneration, GCCollectionMode.Forced, blocking: true, compacting: true);
            GC.WaitForPendingFinalizers();
        }

        return GC.GetTotalMemory(forceFullCollection: true);
    }

    private static long WorkingSet()
    {
        using var self = Process.GetCurrentProcess();
        return self.WorkingSet64;
    }

    private async Task SendAsync(string command, string answer, CancellationToken ct)
    {
        var line = await driver!.AskAsync(command, Patience, ct);
        if (line != answer)
        {
            throw new InvalidOperationException($"The circuit driver answered \"{line}\" where \"{answer}\" was expected.");
        }
    }

    public async ValueTask DisposeAsync()
    {
        if (driver is not null)
        {
            await driver.DisposeAsync();
        }
    }
}
