using HireHub.Tests.Api;
using Microsoft.AspNetCore.Hosting;
using Microsoft.Extensions.Logging;

namespace HireHub.Tests.Security;

/// <summary>The app with a capturing logger beside its own, HireHub's categories at Debug.</summary>
public sealed class LoggedApiAppFactory : ApiAppFactory
{
    public CapturedLogs Logs { get; } = new();

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        base.ConfigureWebHost(builder);
        builder.ConfigureLogging(logging => logging.AddProvider(Logs).AddFilter("HireHub", LogLevel.Debug));
    }
}
