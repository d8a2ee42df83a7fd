using System.Diagnostics;
using HireHub.Core.Features.Exports;

namespace HireHub.Benchmarks.Measurements;

/// <summary>
/// P6's test of "memory flat": as the upload reports its progress, at each quarter of the rows stored, a forced,
/// compacting full GC and the managed heap that survives it, above the heap before the upload. Garbage does not
/// count, only what is kept: an import that held its rows would keep about a quarter more at each point, one that
/// streams keeps the same. The samples' own time is measured so the upload's rate can leave it out.
/// </summary>
internal sealed class RetainedHeapProbe(int rows, long heapBefore) : IProgress<CsvImportProgress>
{
    public const int Points = 4;

    private readonly Stopwatch spent = new();

    /// <summary>The heap kept after 1/4, 2/4, 3/4 and all of the rows, in bytes above the heap before the upload.</summary>
    public List<long> Retained { get; } = [];

    /// <summary>Time spent in the probe's collections, to be taken off the upload's time.</summary>
    public TimeSpan Spent => spent.Elapsed;

    public void Report(CsvImportProgress value)
    {
        // CsvImport reports synchronously after each stored chunk, on the importing thread: the GC runs between chunks.
        if (Retained.Count < Points && value.Stored >= (long)rows * (Retained.Count + 1) / Points)
        {
            spent.Start();
            Retained.Add(CollectedHeap() - heapBefore);
            spent.Stop();
        }
    }

    public static long CollectedHeap()
    {
        GC.Collect(GC.MaxGeneration, GCCollectionMode.Forced, blocking: true, compacting: true);
        GC.WaitForPendingFinalizers();
        return GC.GetTotalMemory(forceFullCollection: true);
    }
}
