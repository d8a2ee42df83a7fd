using System.Security.Claims;
using HireHub.Core.Common;

namespace HireHub.Web.Authentication;

public static class ClaimsPrincipalExtensions
{
    private const string ObjectIdClaim = "http://schemas.microsoft.com/identity/claims/objectidentifier";

    /// <summary>The signed-in person as recorded on what they change (audit, "hired by").</summary>
    public static Actor ToActor(this ClaimsPrincipal user)
    {
        var id = user.FindFirstValue(ObjectIdClaim) ?? user.FindFirstValue("oid") ?? user.FindFirstValue(ClaimTypes.NameIdentifier) ?? "unknown";
        return new Actor(id, user.Identity?.Name ?? id);
    }

    /// <summary>
    /// The signed-in person's email: the demo sign-in's email claim, or Entra ID's <c>preferred_username</c>. The
    /// Export to HRIS form writes it as the recruiter's, and the Home page finds a recruiter's exports by it.
    /// </summary>
    public static string? EmailAddress(this ClaimsPrincipal user) =>
        user.FindFirstValue(ClaimTypes.Email) is { Length: > 0 } email ? email
        : user.FindFirstValue("preferred_username") is { Length: > 0 } name && name.Contains('@', StringComparison.Ordinal) ? name
        : null;
}
