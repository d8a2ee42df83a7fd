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
    private readonly string databaseFolder = Directory.CreateTempSubdirectory("hirehub-web-").FullName;

    public string DatabasePath => Path.Combine(databaseFolder, "hirehub.db");

    protected virtual IDictionary<string, string?> Settings => new Dictionary<string, string?>();

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        builder.UseEnvironment("Development");
        // UseSetting, not ConfigureAppConfiguration: Program reads the connection string while it builds the app,
        // before sources added by ConfigureAppConfiguration exist, so those left every test on the developer's database.
        foreach (var (key, value) in Settings)
        {
            builder.UseSetting(key, value);
        }

        builder.UseSetting("ConnectionStrings:HireHub", $"Data Source={DatabasePath}");
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
