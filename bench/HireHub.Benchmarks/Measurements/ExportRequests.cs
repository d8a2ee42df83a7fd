using System.Globalization;
using System.Net;
using System.Net.Http.Headers;
using System.Text;
using HireHub.Core.Features.Exports;

namespace HireHub.Benchmarks.Measurements;

/// <summary>
/// Exports as an ATS sends them, each a new candidate (so each is a real create: candidate, audit event, idempotency
/// record), and the HTTP client the API measurements call with: one pooled client, as many connections as callers.
/// </summary>
internal static class ExportRequests
{
    private static readonly string[] FirstNames = ["Amelia", "Kenji", "Priya", "Lars", "Nadia", "Omar", "Sofia", "Thomas"];
    private static readonly string[] LastNames = ["Campbell", "Nakamura", "Okafor", "Lindgren", "Haddad", "Silva", "Weber", "Quinn"];

    public static ExportCandidate Candidate(string candidateId, int n) => new()
    {
        CandidateId = candidateId,
        FirstName = FirstNames[n % FirstNames.Length],
        LastName = LastNames[n / FirstNames.Length % LastNames.Length],
        Email = $"candidate.{n}@example.org",
        Phone = $"+1206{3_000_000 + (n % 6_000_000)}",
        StartDate = DateOnly.FromDateTime(DateTime.UtcNow).AddDays(30 + (n % 60)).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
        JobTitle = "Software Engineer",
        Location = "Redmond, WA",
        HrisProvider = "HireHub",
        Recruiter = new ExportRecruiter { Name = "Lisa Taylor", Email = "lisa.taylor@contoso.com" },
    };

    public static string PerSecond(double value) => value.ToString("N0", CultureInfo.InvariantCulture) + "/s";

    public static HttpClient Client(Uri baseAddress, string token, int connections)
    {
        var client = new HttpClient(new SocketsHttpHandler
        {
            MaxConnectionsPerServer = connections,
            PooledConnectionLifetime = Timeout.InfiniteTimeSpan,
            AutomaticDecompression = DecompressionMethods.None,
            UseCookies = false,
        })
        {
            BaseAddress = baseAddress,
            Timeout = TimeSpan.FromMinutes(2),
        };
        client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", token);
        return client;
    }

    public static HttpRequestMessage Post(string path, byte[] body, string idempotencyKey)
    {
        var request = new HttpRequestMessage(HttpMethod.Post, path) { Content = new ByteArrayContent(body) };
        request.Content.Headers.ContentType = new MediaTypeHeaderValue("application/json") { CharSet = Encoding.UTF8.WebName };
        request.Headers.Add("Idempotency-Key", idempotencyKey);
        return request;
    }
}
