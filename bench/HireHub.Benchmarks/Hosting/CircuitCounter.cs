using Microsoft.AspNetCore.Components.Server.Circuits;

namespace HireHub.Benchmarks.Hosting;

/// <summary>The number of Blazor circuits open on the server right now.</summary>
internal sealed class CircuitCounter : CircuitHandler
{
    private int open;

    public int Open => Volatile.Read(ref open);

    public override Task OnCircuitOpenedAsync(Circuit circuit, CancellationToken cancellationToken)
    {
        Interlocked.Increment(ref open);
        return Task.CompletedTask;
    }

    public override Task OnCircuitClosedAsync(Circuit circuit, CancellationToken cancellationToken)
    {
        Interlocked.Decrement(ref open);
        return Task.CompletedTask;
    }

    public async Task WaitForAsync(Func<int, bool> condition, TimeSpan timeout, CancellationToken ct)
    {
        using var limit = CancellationTokenSource.CreateLinkedTokenSource(ct);
        limit.CancelAfter(timeout);
        while (!condition(Open))
        {
            try
            {
                await Task.Delay(50, limit.Token);
            }
            catch (OperationCanceledException) when (!ct.IsCancellationRequested)
            {
                throw new TimeoutException($"The server still has {Open} circuits open after {timeout.TotalSeconds:0} s.");
            }
        }
    }
}
