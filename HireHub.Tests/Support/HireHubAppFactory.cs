using System.Net;
using System.Text.RegularExpressions;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Data.Sqlite;

namespace HireHub.Tests.Support;

/// <summary>
/// The real app in-process on its own SQLite file, in Development (demo data, local sign-in).
/// Extra settings win over appsettings.json, as environment variables would.
/// </summary>
public class HireHubAppFactory : WebApplicationFactory<Program>
{
    private readonly string databaseFolder;
    private readonly bool ownsDatabase;

    public HireHubAppFactory()
        : this(null)
    {
    }

    /// <param name="databasePath">Another instance's database file, to run a second instance (or a restart) on it; null for a fresh one.</param>
    protected HireHubAppFactory(string? databasePath)
    {
        ownsDatabase = databasePath is null;
        databaseFolder = databasePath is null ? Directory.CreateTempSubdirectory("hirehub-web-").FullName : Path.GetDirectoryName(databasePath)!;
        DatabasePath = databasePath ?? Path.Combine(databaseFolder, "hirehub.db");
    }

    public string DatabasePath { get; }

    protected virtual IDictionary<string, string?> Settings => new Dictionary<string, string?>();

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        builder.UseEnvironment("Development");
        // Host settings reach Program.cs before builder.Build(), where the app reads its connection string;
        // ConfigureAppConfiguration is applied only at Build(), too late, so the app would use App_Data/hirehub.db.
        var settings = new Dictionary<string, string?>(Settings) { ["ConnectionStrings:HireHub"] = $"Data Source={DatabasePath}" };
        foreach (var (key, value) in settings)
        {
            builder.UseSetting(key, value);
        }
    }

    /// <summary>A client signed in through the local sign-in page as one of the demo people, e.g. <c>hanna.reyes</c> (HR).</summary>
    public async Task<HttpClient> SignedInClientAsync(string personId)
    {
        var client = CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false, HandleCookies = true });
        var page = await client.GetStringAsync("/account/sign-in");
        var token = Regex.Match(page, "name=\"__RequestVerificationToken\" value=\"([^\"]+)\"").Groups[1].Value;
        using var form = new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["__RequestVerificationToken"] = token,
            ["personId"] = personId,
            ["returnUrl"] = "/",
        });
        using var response = await client.PostAsync("/account/local-sign-in", form);
        if (response.StatusCode != HttpStatusCode.Redirect || !response.Headers.Contains("Set-Cookie"))
        {
            throw new InvalidOperationException($"Signing in as {personId} failed: {(int)response.StatusCode}.");
        }

        return client;
    }

    protected override void Dispose(bool disposing)
    {
        base.Dispose(disposing);
        SqliteConnection.ClearAllPools();
        if (!ownsDatabase)
        {
            return;
        }

        try
        {
            Directory.Delete(databaseFolder, recursive: true);
        }
        catch (IOException)
        {
            // A file still held open by a late connection is left for the OS to clean up with the temp folder.
        }
    }
}
