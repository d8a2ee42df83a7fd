using System.Net;
using System.Text.Json.Nodes;
using HireHub.Core.Domain;
using HireHub.Tests.Api;
using Microsoft.EntityFrameworkCore;

namespace HireHub.Tests.Security;

/// <summary>
/// The apps and clients the matrix calls with, made once for its 500-odd cells. Each registry state is its own
/// application (a fresh client ID, arranged by <see cref="ApiAppFactory.RegisterApplicationAsync"/>), except "table
/// disabled", which is a state of the whole app: that caller uses a second app instance whose table an administrator
/// disabled, so no other cell, and no other test, ever sees the table off.
/// </summary>
public sealed class MatrixCallers : IAsyncLifetime
{
    private readonly ApiAppFactory main = new();
    private readonly ApiAppFactory tableDisabled = new();
    private readonly Dictionary<Caller, HttpClient> clients = [];
    private readonly Dictionary<ApiAppFactory, (Guid Candidate, Guid Worker)> samples = [];

    public IServiceProvider Services => main.Services;

    public async ValueTask InitializeAsync()
    {
        await tableDisabled.SetExportTableEnabledAsync(false);
        var linkedIn = ApiAppFactory.LinkedInClientId;
        clients[Caller.Anonymous] = main.CreateClient(new() { AllowAutoRedirect = false });
        clients[Caller.Hr] = await main.SignedInClientAsync("hanna.reyes");
        clients[Caller.Recruiter] = await main.SignedInClientAsync("riya.patel");
        clients[Caller.Admin] = await main.SignedInClientAsync("sam.okoye");
        clients[Caller.AppUnregistered] = main.ApiClient(Guid.NewGuid().ToString());
        clients[Caller.AppWithoutRole] = main.ApiClient(await main.RegisterApplicationAsync(privileges: null));
        clients[Caller.AppUnlinked] = main.ApiClient(await main.RegisterApplicationAsync(SecurityPrivileges.All, ConnectionStatus.Unlinked));
        clients[Caller.AppTableDisabled] = tableDisabled.ApiClient();
        clients[Caller.AppTokenExpired] = main.BearerClient(main.Token(azp: linkedIn, expires: DateTime.UtcNow.AddHours(-2)));
        clients[Caller.AppTokenWrongAudience] = main.BearerClient(main.Token(azp: linkedIn, audience: "https://elsewhere.example.com"));
        clients[Caller.AppRegistered] = main.ApiClient();
        foreach (var app in new[] { main, tableDisabled })
        {
            // The downloads and the API's read by ID need a real record: the demo data's first candidate (LinkedIn's) and worker.
            samples[app] = (await app.InDatabaseAsync(db => db.ExportedCandidates.OrderBy(c => c.ReceivedAt).Select(c => c.Id).FirstAsync()),
                await app.InDatabaseAsync(db => db.Workers.OrderBy(w => w.PersonnelNumber).Select(w => w.Id).FirstAsync()));
        }
    }

    /// <summary>Sends <paramref name="route"/> ("METHOD /template") as <paramref name="caller"/>.</summary>
    public async Task<HttpResponseMessage> SendAsync(string route, Caller caller)
    {
        var (candidate, worker) = samples[caller == Caller.AppTableDisabled ? tableDisabled : main];
        var method = route[..route.IndexOf(' ', StringComparison.Ordinal)];
        var path = route[(method.Length + 1)..]
            .Replace("/workers/{id:guid}", $"/workers/{worker}", StringComparison.Ordinal)
            .Replace("{id:guid}", candidate.ToString(), StringComparison.Ordinal)
            .Replace("{ConnectionId:guid}", "9b8c6b4e-63fc-4c32-9d58-43b1ff0f7b55", StringComparison.Ordinal)
            .Replace("{PersonnelNumber}", "000001", StringComparison.Ordinal)
            .Replace("{documentName}", "v1", StringComparison.Ordinal);
        using var request = new HttpRequestMessage(method == "POST" ? HttpMethod.Post : HttpMethod.Get, path);
        if (method == "POST" && path.StartsWith("/api/", StringComparison.Ordinal))
        {
            request.Content = ApiBody(path);
            request.Headers.Add("Idempotency-Key", Guid.NewGuid().ToString());
        }
        else if (method == "POST")
        {
            request.Content = SignInForm();
        }

        return await clients[caller].SendAsync(request, TestContext.Current.CancellationToken);
    }

    public async ValueTask DisposeAsync()
    {
        foreach (var client in clients.Values)
        {
            client.Dispose();
        }

        await main.DisposeAsync();
        await tableDisabled.DisposeAsync();
    }

    // A form as the sign-in page posts it, without the antiforgery token a cross-site forgery cannot know: every page
    // and form endpoint must refuse it (400) before anything happens, here before anyone would be signed in.
    private static FormUrlEncodedContent SignInForm() => new([new("personId", "hanna.reyes"), new("returnUrl", "/")]);

    // A write that stores nothing: an e-mail validation refuses, in a body that reads well so the registry is asked first;
    // the dry run's candidate is valid, as it stores nothing anyway.
    private static StringContent ApiBody(string path)
    {
        var invalid = ApiCalls.Candidate("MATRIX-1", c => c["email"] = "not an e-mail");
        JsonNode body = path.EndsWith("/batch", StringComparison.Ordinal) ? new JsonObject { ["items"] = new JsonArray(invalid) }
            : path.EndsWith("/dry-run", StringComparison.Ordinal) ? ApiCalls.Candidate("MATRIX-2") : invalid;
        return new StringContent(body.ToJsonString(), System.Text.Encoding.UTF8, "application/json");
    }
}
