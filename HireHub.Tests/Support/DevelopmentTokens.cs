using HireHub.Tests.Api;
using Microsoft.IdentityModel.JsonWebTokens;
using Microsoft.IdentityModel.Tokens;

namespace HireHub.Tests.Support;

/// <summary>An app-only token like <c>dotnet user-jwts create --claim azp=…</c> makes, for the live app's browser tests.</summary>
public static class DevelopmentTokens
{
    public static string Mint(byte[] signingKey, string clientId)
    {
        var now = DateTime.UtcNow;
        return new JsonWebTokenHandler().CreateToken(new SecurityTokenDescriptor
        {
            Issuer = ApiAppFactory.Issuer,
            Audience = ApiAppFactory.Audience,
            Claims = new Dictionary<string, object> { ["sub"] = "tests", ["azp"] = clientId },
            NotBefore = now.AddMinutes(-1),
            IssuedAt = now.AddMinutes(-1),
            Expires = now.AddHours(1),
            SigningCredentials = new SigningCredentials(new SymmetricSecurityKey(signingKey), SecurityAlgorithms.HmacSha256),
        });
    }
}
