using Microsoft.AspNetCore.Components.Server;

namespace HireHub.Web.Operations;

/// <summary>
/// The <c>Circuits</c> section: how much a browser may send at once and how much server memory a person's circuit may
/// hold after they disconnect. Each is set deliberately rather than left to the framework's default, and documented
/// in docs/SECURITY.md. A circuit holds a few hundred KB; retained disconnected circuits are what an attacker who
/// opens and drops connections could pile up.
/// </summary>
public sealed class CircuitLimitOptions
{
    public const string SectionName = "Circuits";

    /// <summary>Largest message a browser may send over the circuit's SignalR connection (32 KB, SignalR's own default).</summary>
    public long MaximumReceiveMessageSize { get; set; } = 32 * 1024;

    /// <summary>Render batches sent but not yet acknowledged before the server stops rendering for that browser.</summary>
    public int MaxBufferedUnacknowledgedRenderBatches { get; set; } = 10;

    /// <summary>Disconnected circuits kept in memory, waiting for their browser to come back, across all people.</summary>
    public int DisconnectedCircuitMaxRetained { get; set; } = 100;

    /// <summary>How long a disconnected circuit waits for its browser before its state is dropped.</summary>
    public TimeSpan DisconnectedCircuitRetentionPeriod { get; set; } = TimeSpan.FromMinutes(3);
}

public static class CircuitLimits
{
    public static IRazorComponentsBuilder AddHireHubInteractiveServer(this IRazorComponentsBuilder builder, IConfiguration configuration)
    {
        var limits = configuration.GetSection(CircuitLimitOptions.SectionName).Get<CircuitLimitOptions>() ?? new CircuitLimitOptions();
        builder.AddInteractiveServerComponents(o =>
            {
                o.MaxBufferedUnacknowledgedRenderBatches = limits.MaxBufferedUnacknowledgedRenderBatches;
                o.DisconnectedCircuitMaxRetained = limits.DisconnectedCircuitMaxRetained;
                o.DisconnectedCircuitRetentionPeriod = limits.DisconnectedCircuitRetentionPeriod;
            })
            .AddHubOptions(o => o.MaximumReceiveMessageSize = limits.MaximumReceiveMessageSize);
        return builder;
    }
}
