using HireHub.Tests.Support;
using HireHub.Web.Operations;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace HireHub.Tests.Web;

/// <summary>
/// Azure SignalR Service carries the circuits only when <c>Azure:SignalR:ConnectionString</c> is set. Nothing here can
/// reach Azure, so the tests look at what is registered: the app as shipped registers nothing of it.
/// </summary>
public sealed class CircuitScaleOutTests
{
    private const string AzureSignalRAssembly = "Microsoft.Azure.SignalR";

    [Fact]
    public void App_WithoutAnAzureSignalRConnectionString_RegistersNothingOfAzureSignalR()
    {
        using var app = new AppCapturingServices();
        using var client = app.CreateClient();

        Assert.NotEmpty(app.Registrations);
        Assert.DoesNotContain(app.Registrations, IsAzureSignalR);
        Assert.False(CircuitScaleOut.UsesAzureSignalR(app.Services.GetRequiredService<IConfiguration>()));
    }

    [Theory]
    [InlineData(null, false)]
    [InlineData("", false)]
    [InlineData("   ", false)]
    [InlineData("Endpoint=https://hirehub.service.signalr.net;AccessKey=ZmFrZS1rZXktZm9yLXRlc3RzLW9ubHk=;Version=1.0;", true)]
    public void ScaleOut_IsAzureSignalR_OnlyWithAConnectionString(string? connectionString, bool expected)
    {
        var configuration = new ConfigurationBuilder().AddInMemoryCollection(new Dictionary<string, string?> { [CircuitScaleOut.ConnectionStringKey] = connectionString }).Build();
        var services = new ServiceCollection().AddLogging();

        services.AddHireHubCircuitScaleOut(configuration);

        Assert.Equal(expected, services.Any(IsAzureSignalR));
    }

    private static bool IsAzureSignalR(ServiceDescriptor d) =>
        new[] { d.ServiceType, d.IsKeyedService ? d.KeyedImplementationType : d.ImplementationType }
            .Any(t => t?.Assembly.GetName().Name?.StartsWith(AzureSignalRAssembly, StringComparison.Ordinal) == true);

    private sealed class AppCapturingServices : HireHubAppFactory
    {
        public IReadOnlyList<ServiceDescriptor> Registrations { get; private set; } = [];

        protected override void ConfigureWebHost(IWebHostBuilder builder)
        {
            base.ConfigureWebHost(builder);
            builder.ConfigureTestServices(services => Registrations = [.. services]);
        }
    }
}
