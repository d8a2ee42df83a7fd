using System.Net.Http.Headers;
using System.Net.Http.Json;
using HireHub.Core.Features.Exports;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.Extensions.Localization;
using Microsoft.IdentityModel.JsonWebTokens;
using Microsoft.IdentityModel.Tokens;

namespace HireHub.Web.Api;

public sealed record RoundTripResult(bool Passed, string Message);

/// <summary>
/// The last line of the setup health check, in Development only: mint a token for the connection's client ID with
/// the development signing key (as <c>dotnet user-jwts</c> would) and post a test export to the dry-run endpoint,
/// which validates it and stores nothing. A refusal comes back in the registry's own words.
/// </summary>
public sealed class LiveRoundTrip(IConfiguration configuration, IHostEnvironment environment, IServer server, TimeProvider time, IStringLocalizer<WebText> text)
{
    private const string Bearer = "Authentication:Schemes:Bearer";

    private string? SigningKey => configuration[$"{Bearer}:SigningKeys:0:Value"];

    private Uri? Address => server.Features.Get<IServerAddressesFeature>()?.Addresses
        .Select(a => new Uri(a.Replace("://+", "://localhost", StringComparison.Ordinal).Replace("://*", "://localhost", StringComparison.Ordinal)))
        .OrderBy(a => a.Scheme == Uri.UriSchemeHttp ? 0 : 1).FirstOrDefault();

    public bool IsAvailable => environment.IsDevelopment() && !string.IsNullOrEmpty(SigningKey) && Address is not null;

    public async Task<RoundTripResult> RunAsync(Guid clientId, CancellationToken ct = default)
    {
        var now = time.GetUtcNow().UtcDateTime;
        var token = new JsonWebTokenHandler().CreateToken(new SecurityTokenDescriptor
        {
            Issuer = configuration[$"{Bearer}:ValidIssuer"] ?? "dotnet-user-jwts",
            Audience = configuration[$"{Bearer}:ValidAudiences:0"],
            Claims = new Dictionary<string, object> { ["azp"] = clientId.ToString(), ["sub"] = "health-check" },
            NotBefore = now.AddMinutes(-1),
            Expires = now.AddMinutes(5),
            SigningCredentials = new SigningCredentials(new SymmetricSecurityKey(Convert.FromBase64String(SigningKey!)), SecurityAlgorithms.HmacSha256),
        });
        using var http = new HttpClient { BaseAddress = Address, Timeout = TimeSpan.FromSeconds(15) };
        http.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", token);
        // A refusal is shown on the administrator's page: ask for it in their language.
        if (System.Globalization.CultureInfo.CurrentUICulture.Name is { Length: > 0 } language)
        {
            http.DefaultRequestHeaders.AcceptLanguage.Add(new StringWithQualityHeaderValue(language));
        }
        var sample = new ExportCandidate
        {
            CandidateId = "health-check", FirstName = "Health", LastName = "Check", Email = "health.check@example.com",
            StartDate = DateOnly.FromDateTime(now.AddDays(14)).ToString(ExportCandidateValidator.DateFormat, System.Globalization.CultureInfo.InvariantCulture),
        };
        try
        {
            using var response = await http.PostAsJsonAsync($"{ApiEndpoints.Prefix}{ExportedCandidateEndpoints.Path}/dry-run", sample, ExportJson.Options, ct);
            if (response.IsSuccessStatusCode)
            {
                return new RoundTripResult(true, text["RoundTripPassed"]);
            }

            var problem = await response.Content.ReadFromJsonAsync<Microsoft.AspNetCore.Mvc.ProblemDetails>(ct);
            return new RoundTripResult(false, text["RoundTripRefused", (int)response.StatusCode, problem?.Detail ?? ""]);
        }
        catch (HttpRequestException ex)
        {
            return new RoundTripResult(false, text["RoundTripFailed", ex.Message]);
        }
    }
}
