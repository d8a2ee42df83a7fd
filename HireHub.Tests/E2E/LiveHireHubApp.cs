using System.Net;
using HireHub.Tests.Support;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http.Features;
using Microsoft.Extensions.DependencyInjection;

namespace HireHub.Tests.E2E;

/// <summary>
/// The real app on Kestrel at a free loopback port, on its own SQLite file with the demo data, so a browser
/// outside the test host can reach it. The in-memory test server cannot serve a browser.
/// </summary>
public sealed class LiveHireHubApp : HireHubAppFactory
{
    private Uri? address;

    public LiveHireHubApp() => UseKestrel(kestrel => kestrel.Listen(IPAddress.Loopback, 0));

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
