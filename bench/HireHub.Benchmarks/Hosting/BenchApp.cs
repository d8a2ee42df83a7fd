using System.Globalization;
using System.Net;
using System.Security.Cryptography;
using Microsoft.AspNetCore.Components.Server.Circuits;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http.Features;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Data.Sqlite;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.IdentityModel.JsonWebTokens;
using Microsoft.IdentityModel.Tokens;

namespace HireHub.Benchmarks.Hosting;

/// <summary>
/// The real app, its own Program.cs and DI, in this process on a loopback port, over its own SQLite file in a
/// temp folder. In-process because P3 and P4 call the very singletons the pages call, and P5 reads the server's
/// own GC heap; Kestrel (not the test server) because Chromium needs real HTTP and WebSockets. Development, as
/// P5 signs in with the local demo sign-in, which exists only there; the build itself is Release.
/// </summary>
internal sealed class BenchApp(bool keepDatabase) : WebApplicationFactory<Program>
{
    private const string TokenIssuer = "dotnet-user-jwts";
    private const string TokenAudience = "http://localhost:5080";

    private readonly string folder = Directory.CreateTempSubdirectory("hirehub-bench-").FullName;

    // The development bearer scheme's key, as `dotnet user-jwts` would keep it in user secrets: P1 and P2 call the
    // API with tokens signed by it, so every request goes through the app's real JWT validation.
    private readonly byte[] signingKey = RandomNumberGenerator.GetBytes(32);

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
        builder.UseSetting("Authentication:Schemes:Bearer:ValidIssuer", TokenIssuer);
        builder.UseSetting("Authentication:Schemes:Bearer:ValidAudiences:0", TokenAudience);
        builder.UseSetting("Authentication:Schemes:Bearer:SigningKeys:0:Id", "bench");
        builder.UseSetting("Authentication:Schemes:Bearer:SigningKeys:0:Issuer", TokenIssuer);
        builder.UseSetting("Authentication:Schemes:Bearer:SigningKeys:0:Value", Convert.ToBase64String(signingKey));
        builder.UseSetting("Authentication:Schemes:Bearer:SigningKeys:0:Length", "32");
        // P1's 64 callers are one application: the per-caller limit is raised through its own keys, not bypassed.
        builder.UseSetting("Api:RateLimit:PermitsPerSecond", ApiPermitsPerSecond.ToString(CultureInfo.InvariantCulture));
        builder.UseSetting("Api:RateLimit:Burst", ApiPermitsPerSecond.ToString(CultureInfo.InvariantCulture));
        // A page whose leaving the server missed (it happens on a loaded machine) would stay a disconnected circuit for
        // the app's three minutes, and P5's next run would wait for it in vain: through the app's own key, the
        // benchmark's server lets such circuits go after ten seconds. Live circuits, the ones P5 measures, are untouched.
        builder.UseSetting("Circuits:DisconnectedCircuitRetentionPeriod", "00:00:10");
        // Counts circuits as the server sees them, so P5 divides by real circuits, not by browser tabs.
        builder.ConfigureServices(services => services.AddSingleton<CircuitHandler>(Circuits));
    }

    /// <summary>The rate limit the benchmark runs the API with: far above what two cores can serve.</summary>
    public const int ApiPermitsPerSecond = 1_000_000;

    /// <summary>An app-only token as <c>dotnet user-jwts create --claim azp=…</c> makes it, for the application <paramref name="clientId"/>.</summary>
    public string Token(string clientId)
    {
        var now = DateTime.UtcNow;
        return new JsonWebTokenHandler().CreateToken(new SecurityTokenDescriptor
        {
            Issuer = TokenIssuer,
            Audience = TokenAudience,
            Claims = new Dictionary<string, object> { ["sub"] = "benchmark", ["azp"] = clientId },
            NotBefore = now.AddMinutes(-1),
            IssuedAt = now.AddMinutes(-1),
            Expires = now.AddHours(3),
            SigningCredentials = new SigningCredentials(new SymmetricSecurityKey(signingKey), SecurityAlgorithms.HmacSha256),
        });
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
