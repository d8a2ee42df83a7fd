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
}
