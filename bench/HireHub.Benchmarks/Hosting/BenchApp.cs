using System.Net;
using Microsoft.AspNetCore.Components.Server.Circuits;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http.Features;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Data.Sqlite;
using Microsoft.Extensions.DependencyInjection;

namespace HireHub.Benchmarks.Hosting;

/// <summary>
/// The real app, its own Program.cs and DI, in this process on a loopback port, over its own SQLite file in a
/// temp folder. In-process because P3 and P4 call the very singletons the pages call, and P5 reads the server's
/// own GC heap; Kestrel (not the test server) because Chromium needs real HTTP and WebSockets. Development, as
/// P5 signs in with the local demo sign-in, which exists only there; the build itself is Release.
/// </summary>
internal sealed class BenchApp(bool keepDatabase) : WebApplicationFactory<Program>
{
    private readonly string folder = Directory.CreateTempSubdirectory("hirehub-bench-").FullName;

    public string DatabasePath => Path.Combine(folder, "hirehub.db");

    public string ConnectionString => $"Data Source={DatabasePath}";

    public CircuitCounter Circuits { get; } = new();

    public Uri BaseAddress { get; private set; } = default!;

    public void Start()
    {
        UseKestrel(o => o.Listen(IPAddress.Loopback, 0));
        StartServer();
        var address = Services.GetRequiredService<IServer>().Features.GetRequiredFeature<IServerAddressesFeature>().Addresses.First();
        BaseAddress = new Uri(address);
    }

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        builder.UseEnvironment("Development");
        // UseSetting, not ConfigureAppConfiguration: the app reads its connection string while Program.cs registers
        // services, before configuration added by the factory would be applied.
        builder.UseSetting("ConnectionStrings:HireHub", ConnectionString);
        // The console would otherwise carry every request's log line through the timed runs.
        builder.UseSetting("Logging:LogLevel:Default", "Warning");
        // Counts circuits as the server sees them, so P5 divides by real circuits, not by browser tabs.
        builder.ConfigureServices(services => services.AddSingleton<CircuitHandler>(Circuits));
    }

    public override async ValueTask DisposeAsync()
    {
        await base.DisposeAsync();
        SqliteConnection.ClearAllPools();
        if (keepDatabase)
        {
            // --keep-database: left for a look at the plans with sqlite3.
            Console.WriteLine($"Database kept: {DatabasePath}");
            return;
        }

        try
        {
            Directory.Delete(folder, recursive: true);
        }
        catch (IOException)
        {
            // Left for the OS to clean with the temp folder.
        }
    }
}
