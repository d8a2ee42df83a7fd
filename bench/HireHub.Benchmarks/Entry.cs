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

        using var cancel = new CancellationTokenSource();
        Console.CancelKeyPress += (_, e) =>
        {
            e.Cancel = true;
            cancel.Cancel();
        };

        return await BenchProgram.RunAsync(BenchOptions.Parse(args), cancel.Token);
    }
}
