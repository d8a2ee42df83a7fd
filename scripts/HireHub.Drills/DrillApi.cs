using System.Globalization;
using System.Net.Http.Headers;
using System.Text;
using System.Text.Json;
using HireHub.Core.Data;
using Microsoft.IdentityModel.JsonWebTokens;
using Microsoft.IdentityModel.Tokens;

namespace HireHub.Drills;

/// <summary>
/// Calls the running app as LinkedIn Talent Hub does, with a token like <c>dotnet user-jwts</c> makes: signed with the
/// development key the script handed the app through <c>Authentication:Schemes:Bearer:SigningKeys</c>.
/// </summary>
public static class DrillApi
{
    public const string ExportsPath = "/api/v1/exported-candidates";

    public static HttpClient Client(string baseUrl, string base64Key, int connections)
    {
        var client = new HttpClient(new SocketsHttpHandler { MaxConnectionsPerServer = connections, PooledConnectionLifetime = TimeSpan.FromMinutes(5) })
        {
            BaseAddress = new Uri(baseUrl),
            // Long enough that a slow answer under load is waited for, not abandoned (and then stored unseen).
            Timeout = TimeSpan.FromMinutes(3),
        };
        client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", Token(Convert.FromBase64String(base64Key)));
        return client;
    }

    /// <summary>A valid export of a person no one else in the drill is: unique id, name, email and phone.</summary>
    public static HttpRequestMessage Export(string candidateId, long n)
    {
        var body = JsonSerializer.Serialize(new
        {
            candidateId,
            firstName = "Drill",
            lastName = "Drill" + Letters(n),
            email = $"{candidateId.ToLowerInvariant()}@example.com",
            phone = "+1425" + (2_000_000 + (n % 7_000_000)).ToString(CultureInfo.InvariantCulture),
            startDate = DateTime.UtcNow.AddDays(30).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
            jobTitle = "Software Engineer",
            location = "Redmond, WA",
        });
        var request = new HttpRequestMessage(HttpMethod.Post, ExportsPath) { Content = new StringContent(body, Encoding.UTF8, "application/json") };
        request.Headers.Add("Idempotency-Key", candidateId);
        return request;
    }

    private static string Token(byte[] key)
    {
        var now = DateTime.UtcNow;
        return new JsonWebTokenHandler().CreateToken(new SecurityTokenDescriptor
        {
            Issuer = "dotnet-user-jwts",
            Audience = "http://localhost:5080",
            Claims = new Dictionary<string, object> { ["sub"] = "drill", ["azp"] = ReferenceData.LinkedInClientId.ToString() },
            NotBefore = now.AddMinutes(-1),
            IssuedAt = now.AddMinutes(-1),
            Expires = now.AddHours(2),
            SigningCredentials = new SigningCredentials(new SymmetricSecurityKey(key), SecurityAlgorithms.HmacSha256),
        });
    }

    /// <summary>0 → "a", 27 → "bb": last names of letters only, one per export, so no two drill candidates look alike.</summary>
    private static string Letters(long n)
    {
        var text = new StringBuilder();
        do
        {
            text.Insert(0, (char)('a' + (n % 26)));
            n /= 26;
        }
        while (n > 0);
        return text.ToString();
    }
}
