using HireHub.Tests.Support;
using Microsoft.AspNetCore.Components.Server;
using Microsoft.AspNetCore.SignalR;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace HireHub.Tests.Security;

/// <summary>The circuit limits come from the <c>Circuits</c> section, as appsettings.json sets them or an operator overrides them.</summary>
public sealed class CircuitLimitsTests
{
    [Fact]
    public void Circuits_WithTheShippedSettings_UseTheDocumentedLimits()
    {
        using var app = new HireHubAppFactory();

        var (circuit, hub) = Limits(app);

        Assert.Equal((10, 100, TimeSpan.FromMinutes(3)), (circuit.MaxBufferedUnacknowledgedRenderBatches, circuit.DisconnectedCircuitMaxRetained, circuit.DisconnectedCircuitRetentionPeriod));
        Assert.Equal(32 * 1024, hub.MaximumReceiveMessageSize);
    }

    [Fact]
    public void Circuits_WhenConfigured_FollowTheConfiguration()
    {
        using var app = new CircuitLimitsApp();

        var (circuit, hub) = Limits(app);

        Assert.Equal((4, 7, TimeSpan.FromSeconds(30)), (circuit.MaxBufferedUnacknowledgedRenderBatches, circuit.DisconnectedCircuitMaxRetained, circuit.DisconnectedCircuitRetentionPeriod));
        Assert.Equal(16 * 1024, hub.MaximumReceiveMessageSize);
    }

    private static (CircuitOptions Circuit, HubOptions Hub) Limits(HireHubAppFactory app)
    {
        var circuit = app.Services.GetRequiredService<IOptions<CircuitOptions>>().Value;

        // Blazor's hub type is internal; its options are HubOptions<ComponentHub>.
        var hubType = typeof(CircuitOptions).Assembly.GetType("Microsoft.AspNetCore.Components.Server.ComponentHub", throwOnError: true)!;
        var hubOptions = app.Services.GetRequiredService(typeof(IOptions<>).MakeGenericType(typeof(HubOptions<>).MakeGenericType(hubType)));
        var hub = (HubOptions)hubOptions.GetType().GetProperty("Value")!.GetValue(hubOptions)!;
        return (circuit, hub);
    }
}
