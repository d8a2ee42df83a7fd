using System.Globalization;
using System.Net;
using System.Net.Http.Headers;
using System.Text;
using HireHub.Benchmarks.Hosting;
using HireHub.Core.Features.Exports;

namespace HireHub.Benchmarks.Measurements;

/// <summary>
/// Exports as an ATS sends them, each a new candidate (so each is a real create: candidate, audit event, idempotency
/// record), and the HTTP client the API measurements call with: one pooled client, as many connections as callers.
/// </summary>
internal static class ExportRequests
{
    /// <summary>
    /// The <paramref name="n"/>th new candidate. Names, job titles and locations are drawn from the same lists as the
    /// waiting candidates' (<see cref="BenchData"/>) and the email address is unique, spread as a real ATS's exports are:
    /// each new candidate lands somewhere in the middle of every index on those columns, where it would in production,
    /// not at the end of a run of equal names (which would make a search index look free to maintain).
    /// </summary>
    public static ExportCandidate Candidate(string candidateId, int n)
    {
        var first = Pick(BenchData.FirstNames, n, 1);
        var last = Pick(BenchData.LastNames, n, 2);
        return new ExportCandidate
        {
            CandidateId = candidateId,
            FirstName = first,
            LastName = last,
            Email = $"{first}.{last}.{n}@example.org".ToLowerInvariant(),
            Phone = $"+1206{3_000_000 + (n % 6_000_000)}",
            StartDate = DateOnly.FromDateTime(DateTime.UtcNow).AddDays(30 + (n % 60)).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
            JobTitle = Pick(BenchData.JobTitles, n, 3),
            Location = Pick(BenchData.Locations, n, 4),
            HrisProvider = "HireHub",
            Recruiter = new ExportRecruiter { Name = "Lisa Taylor", Email = "lisa.taylor@contoso.com" },
        };
    }

    // Deterministic and thread-safe (the callers build bodies in parallel): a hash of n, not a shared Random.
    private static string Pick(string[] values, int n, uint salt)
    {
        var x = ((uint)n * 2654435761u) ^ (salt * 0x9E3779B9u);
        x ^= x >> 15;
        x *= 2246822519u;
        x ^= x >> 13;
        return values[x % (uint)values.Length];
    }

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
