using System.Collections.Concurrent;
using System.Net.Http.Headers;
using System.Security.Cryptography;
using System.Text.Json.Nodes;
using HireHub.Core.Common;
using HireHub.Core.Data;
using HireHub.Core.Domain;
using HireHub.Core.Features.Administration;
using HireHub.Tests.Support;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.IdentityModel.JsonWebTokens;
using Microsoft.IdentityModel.Tokens;

namespace HireHub.Tests.Api;

/// <summary>
/// The app in-process, accepting bearer tokens from the development scheme as <c>dotnet user-jwts</c> sets it up:
/// issuer <c>dotnet-user-jwts</c>, a symmetric signing key under <c>Authentication:Schemes:Bearer:SigningKeys</c>.
/// Tokens are minted here with that same key. The rate limit is high unless a test class asks otherwise.
/// </summary>
public class ApiAppFactory : HireHubAppFactory
{
    public const string Issuer = "dotnet-user-jwts";
    public const string Audience = "http://localhost:5080";
    public static readonly string LinkedInClientId = ReferenceData.LinkedInClientId.ToString();

    private readonly byte[] signingKey = RandomNumberGenerator.GetBytes(32);
    private Task<OpenApiContract>? contract;

    protected virtual double PermitsPerSecond => 100_000;

    protected virtual int Burst => 100_000;

    protected override IDictionary<string, string?> Settings => new Dictionary<string, string?>
    {
        ["Authentication:Schemes:Bearer:ValidIssuer"] = Issuer,
        ["Authentication:Schemes:Bearer:ValidAudiences:0"] = Audience,
        ["Authentication:Schemes:Bearer:SigningKeys:0:Id"] = "tests",
        ["Authentication:Schemes:Bearer:SigningKeys:0:Issuer"] = Issuer,
        ["Authentication:Schemes:Bearer:SigningKeys:0:Value"] = Convert.ToBase64String(signingKey),
        ["Authentication:Schemes:Bearer:SigningKeys:0:Length"] = "32",
        ["Api:RateLimit:PermitsPerSecond"] = PermitsPerSecond.ToString(System.Globalization.CultureInfo.InvariantCulture),
        ["Api:RateLimit:Burst"] = Burst.ToString(System.Globalization.CultureInfo.InvariantCulture),
    };

    /// <summary>A token like <c>dotnet user-jwts create --claim azp=…</c> makes, signed with the app's development key unless told otherwise.</summary>
    public string Token(string? azp = null, string? appid = null, byte[]? key = null, string audience = Audience, DateTime? expires = null)
    {
        var claims = new Dictionary<string, object> { ["sub"] = "tests", ["unique_name"] = "tests" };
        if (azp is not null)
        {
            claims["azp"] = azp;
        }

        if (appid is not null)
        {
            claims["appid"] = appid;
        }

        var now = DateTime.UtcNow;
        var expiresAt = expires ?? now.AddHours(1);
        var issuedAt = expiresAt < now ? expiresAt.AddHours(-1) : now.AddMinutes(-1);
        return new JsonWebTokenHandler().CreateToken(new SecurityTokenDescriptor
        {
            Issuer = Issuer,
            Audience = audience,
            Claims = claims,
            NotBefore = issuedAt,
            IssuedAt = issuedAt,
            Expires = expiresAt,
            SigningCredentials = new SigningCredentials(new SymmetricSecurityKey(key ?? signingKey), SecurityAlgorithms.HmacSha256),
        });
    }

    /// <summary>A client calling as the application with <paramref name="clientId"/> (LinkedIn Talent Hub by default).</summary>
    public HttpClient ApiClient(string? clientId = null) => BearerClient(Token(azp: clientId ?? LinkedInClientId));

    /// <summary>
    /// A client sending <paramref name="token"/> (expired, for another audience, …) as its bearer token; it does not
    /// follow redirects. Every answer it gets from <c>/api</c> is held against the OpenAPI document
    /// (<see cref="ContractCheckingHandler"/>): one the document does not describe fails the call.
    /// </summary>
    public HttpClient BearerClient(string token)
    {
        var client = CreateDefaultClient(new Uri("http://localhost"), new ContractCheckingHandler(ContractAsync, ContractChecks));
        client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", token);
        return client;
    }

    /// <summary>Every answer held against the OpenAPI document so far, with the operation and status it was checked as.</summary>
    public ConcurrentQueue<ContractCheck> ContractChecks { get; } = new();

    /// <summary>The app's own OpenAPI document, read once.</summary>
    public Task<OpenApiContract> ContractAsync()
    {
        lock (ContractChecks)
        {
            return contract ??= LoadContractAsync();
        }
    }

    private async Task<OpenApiContract> LoadContractAsync()
    {
        using var client = CreateClient();
        return new OpenApiContract(JsonNode.Parse(await client.GetStringAsync("/openapi/v1.json"))!.AsObject());
    }

    /// <summary>
    /// Enables (generating it if it never was) or disables the exported candidates table the way an administrator does on the Tables page (through
    /// <see cref="TableAdministration"/>, audited), so whatever the registry remembers learns of it as in production.
    /// </summary>
    public async Task SetExportTableEnabledAsync(bool enabled)
    {
        var tables = Services.GetRequiredService<TableAdministration>();
        var admin = new Actor("sam.okoye", "Sam Okoye");
        var read = await tables.StateAsync();
        var result = !enabled ? await tables.DisableAsync(read.Version, admin)
            : read.Version is null ? await tables.GenerateAsync(read.Version, admin)
            : await tables.EnableAsync(read.Version, admin);
        if (!result.Succeeded || result.Value.IsEnabled != enabled)
        {
            throw new InvalidOperationException($"The Tables page could not set the table enabled = {enabled}: {result.Problem?.Message}");
        }
    }

    public async Task<T> InDatabaseAsync<T>(Func<HireHubDbContext, Task<T>> work)
    {
        await using var db = await Services.GetRequiredService<IDbContextFactory<HireHubDbContext>>().CreateDbContextAsync();
        return await work(db);
    }

    public Task InDatabaseAsync(Func<HireHubDbContext, Task> work) => InDatabaseAsync(async db =>
    {
        await work(db);
        return true;
    });

    /// <summary>
    /// Registers another application: its own connection (linked unless told) and an application user whose one role
    /// grants <paramref name="privileges"/> (no role at all when null). Returns its client ID.
    /// </summary>
    public async Task<string> RegisterApplicationAsync(SecurityPrivileges? privileges, ConnectionStatus status = ConnectionStatus.Linked)
    {
        var clientId = Guid.NewGuid();
        await InDatabaseAsync(async db =>
        {
            var connection = new AtsConnection { Name = $"ATS {clientId:N}", Provider = "GenericAts", ClientId = clientId, Status = status };
            var user = new ApplicationUser { UserName = $"Integration {clientId:N}", ClientId = clientId, FirstName = "Integration", LastName = "Tests", ConnectionId = connection.Id };
            if (privileges is { } granted)
            {
                var role = new SecurityRole { Name = $"Role {clientId:N}", Privileges = granted };
                db.SecurityRoles.Add(role);
                user.Roles.Add(new ApplicationUserRole { ApplicationUserId = user.Id, SecurityRoleId = role.Id });
            }

            db.AtsConnections.Add(connection);
            db.ApplicationUsers.Add(user);
            db.EntraApplications.Add(new EntraApplication { ClientId = clientId, Name = user.UserName, ActingPersonId = "hanna.reyes" });
            await db.SaveChangesAsync();
        });
        return clientId.ToString();
    }
}
