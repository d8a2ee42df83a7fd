using Microsoft.Playwright;

namespace HireHub.Tests.E2E;

/// <summary>
/// One running app and one Chromium per test class; each test opens its own browser context (its own cookies).
/// Chromium is Debian's package: Playwright's own browser download cannot work on the build machines.
/// </summary>
public sealed class ChromiumWithHireHub : IAsyncLifetime
{
    public const string ChromiumPath = "/usr/bin/chromium";

    private static readonly string[] ChromiumArgs =
    [
        "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
        "--disable-background-networking", "--disable-component-update", "--disable-sync",
    ];

    private IPlaywright? playwright;
    private IBrowser? browser;

    public LiveHireHubApp App { get; } = new();

    public IBrowser Browser => browser ?? throw new InvalidOperationException("Chromium has not been launched.");

    public async ValueTask InitializeAsync()
    {
        if (!File.Exists(ChromiumPath))
        {
            throw new InvalidOperationException($"Browser tests need Debian's Chromium at {ChromiumPath}: run `bash scripts/test.sh`, which installs it, or `apt-get install -y chromium`.");
        }

        // Expectations wait up to 5 s by default: too little for a first render on a busy two-core CI machine.
        Assertions.SetDefaultExpectTimeout(15_000);

        // The app migrates and seeds its database while Chromium starts.
        var starting = Task.Run(App.Start);
        playwright = await Playwright.CreateAsync();
        browser = await playwright.Chromium.LaunchAsync(new() { ExecutablePath = ChromiumPath, Headless = true, Args = ChromiumArgs });
        await starting;
    }

    public async ValueTask DisposeAsync()
    {
        if (browser is not null)
        {
            await browser.DisposeAsync();
        }

        playwright?.Dispose();
        await App.DisposeAsync();
    }
}
