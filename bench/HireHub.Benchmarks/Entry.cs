using System.Runtime.InteropServices;
using HireHub.Benchmarks.Measurements;

namespace HireHub.Benchmarks;

// Not top-level statements: those would declare a second `Program`, hiding HireHub.Web's that WebApplicationFactory needs.
internal static class Entry
{
    public static async Task<int> Main(string[] args)
    {
        // P5's circuit driver is this same program started as a child process; see CircuitDriver.
        if (args is [CircuitDriver.Switch, var baseAddress])
        {
            return await CircuitDriver.RunAsync(baseAddress);
        }

        // P1's callers, likewise: see LoadGenerator.
        if (args is [LoadGenerator.Switch, var apiAddress, var token])
        {
            return await LoadGenerator.RunAsync(apiAddress, token);
        }

        // Ctrl+C, or SIGTERM (CI's `timeout`): stop measuring. Without this, SIGTERM stopped only the hosted app, and
        // every later measurement failed against a server that was gone.
        using var cancel = new CancellationTokenSource();
        Console.CancelKeyPress += (_, e) =>
        {
            e.Cancel = true;
            cancel.Cancel();
        };
        using var terminate = PosixSignalRegistration.Create(PosixSignal.SIGTERM, _ => cancel.Cancel());

        try
        {
            return await BenchProgram.RunAsync(BenchOptions.Parse(args), cancel.Token);
        }
        catch (OperationCanceledException) when (cancel.IsCancellationRequested)
        {
            await Console.Error.WriteLineAsync("Benchmark stopped while building its data: nothing measured.");
            return 130;
        }
    }
}
