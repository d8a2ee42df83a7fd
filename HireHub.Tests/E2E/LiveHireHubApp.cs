using System.Net;
using System.Net.Http.Headers;
using System.Security.Cryptography;
using HireHub.Tests.Api;
using HireHub.Tests.Support;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http.Features;
using Microsoft.Extensions.DependencyInjection;

namespace HireHub.Tests.E2E;

/// <summary>
/// The real app on Kestrel at a free loopback port, on its own SQLite file with the demo data, so a browser
/// outside the test host can reach it. The in-memory test server cannot serve a browser. It accepts development
/// bearer tokens, as <c>dotnet user-jwts</c> sets them up, so a test can call the API as an ATS beside the browser.
/// </summary>
public sealed class LiveHireHubApp : HireHubAppFactory
{
    private readonly byte[] signingKey;
    private Uri? address;

    public LiveHireHubApp()
        : this(null, RandomNumberGenerator.GetBytes(32))
    {
    }

    private LiveHireHubApp(string? databasePath, byte[] signingKey)
        : base(databasePath)
    {
        this.signingKey = signingKey;
        UseKestrel(kestrel => kestrel.Listen(IPAddress.Loopback, 0));
    }

    protected override IDictionary<string, string?> Settings => new Dictionary<string, string?>
    {
        ["Authentication:Schemes:Bearer:ValidIssuer"] = ApiAppFactory.Issuer,
        ["Authentication:Schemes:Bearer:ValidAudiences:0"] = ApiAppFactory.Audience,
        ["Authentication:Schemes:Bearer:SigningKeys:0:Id"] = "tests",
        ["Authentication:Schemes:Bearer:SigningKeys:0:Issuer"] = ApiAppFactory.Issuer,
        ["Authentication:Schemes:Bearer:SigningKeys:0:Value"] = Convert.ToBase64String(signingKey),
        ["Authentication:Schemes:Bearer:SigningKeys:0:Length"] = "32",
    };

    /// <summary>An HTTP client calling the live app's API as the application with <paramref name="clientId"/>.</summary>
    public HttpClient LiveApiClient(string clientId)
    {
        var client = new HttpClient { BaseAddress = Address };
        client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", DevelopmentTokens.Mint(signingKey, clientId));
        return client;
    }

    /// <summary>
    /// A second instance of the app on this one's database file and signing key, on a port of its own, as a second
    /// server behind a load balancer would run: not started yet.
    /// </summary>
    public LiveHireHubApp SecondInstance() => new(DatabasePath, signingKey);

    /// <summary>Where the app listens, e.g. <c>http://127.0.0.1:41234/</c>; known once <see cref="Start"/> has run.</summary>
    public Uri Address => address ?? throw new InvalidOperationException("The app has not been started.");

    public void Start()
    {
        StartServer();
        var addresses = Services.GetRequiredService<IServer>().Features.GetRequiredFeature<IServerAddressesFeature>().Addresses;
        address = new Uri(addresses.Single());
        if (!File.Exists(DatabasePath))
        {
            // A browser test that hires on the developer's App_Data database would pass once and fail after.
            throw new InvalidOperationException($"The app did not create its database at {DatabasePath}: the test settings did not reach it.");
        }
    }
}
