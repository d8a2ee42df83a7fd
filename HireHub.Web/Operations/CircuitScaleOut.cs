using Microsoft.Azure.SignalR;

namespace HireHub.Web.Operations;

/// <summary>
/// Blazor circuits across several instances. A circuit lives in the memory of the instance that started it, so a
/// browser's SignalR connection must keep reaching that instance: by default the load balancer's sticky sessions
/// (ARR affinity, a cookie) do that. With <c>Azure:SignalR:ConnectionString</c> set, Azure SignalR Service carries
/// the connections instead and routes each back to its instance (sticky mode required, as Blazor needs); without it,
/// nothing of Azure is registered and nothing tries to reach it. docs/DEPLOYMENT.md says when to choose which.
/// </summary>
public static class CircuitScaleOut
{
    public const string ConnectionStringKey = "Azure:SignalR:ConnectionString";

    public static bool UsesAzureSignalR(IConfiguration configuration) => !string.IsNullOrWhiteSpace(configuration[ConnectionStringKey]);

    public static IServiceCollection AddHireHubCircuitScaleOut(this IServiceCollection services, IConfiguration configuration)
    {
        if (UsesAzureSignalR(configuration))
        {
            services.AddSignalR().AddAzureSignalR(o =>
            {
                o.ConnectionString = configuration[ConnectionStringKey];
                o.ServerStickyMode = ServerStickyMode.Required;
            });
        }

        return services;
    }
}
