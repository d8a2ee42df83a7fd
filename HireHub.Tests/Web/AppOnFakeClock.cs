using System.Threading.Channels;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Time.Testing;

namespace HireHub.Tests.Web;

/// <summary>The app on a clock the test moves, with each finished retention sweep handed to the test.</summary>
public sealed class AppOnFakeClock : HireHubAppFactory
{
    public FakeTimeProvider Time { get; } = new(DateTimeOffset.UtcNow);

    public Channel<string> Sweeps { get; } = Channel.CreateUnbounded<string>();

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        base.ConfigureWebHost(builder);
        builder.ConfigureTestServices(services =>
        {
            services.AddSingleton<TimeProvider>(Time);
            services.AddSingleton<ILoggerProvider>(new SweepLog(Sweeps.Writer));
        });
    }
}
