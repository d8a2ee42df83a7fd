namespace HireHub.Tests.Security;

/// <summary>The app with every circuit limit set away from its default, to see each setting reach SignalR and Blazor.</summary>
public sealed class CircuitLimitsApp : HireHubAppFactory
{
    protected override IDictionary<string, string?> Settings => new Dictionary<string, string?>
    {
        ["Circuits:MaximumReceiveMessageSize"] = "16384",
        ["Circuits:MaxBufferedUnacknowledgedRenderBatches"] = "4",
        ["Circuits:DisconnectedCircuitMaxRetained"] = "7",
        ["Circuits:DisconnectedCircuitRetentionPeriod"] = "00:00:30",
    };
}
