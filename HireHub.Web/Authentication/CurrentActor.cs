using System.Security.Claims;
using HireHub.Core.Common;
using Microsoft.AspNetCore.Components.Authorization;

namespace HireHub.Web.Authentication;

/// <summary>
/// The person signed in to this circuit, as Core records them on what they change (audit, "hired by"). Scoped, so each
/// circuit has its own, and read from the circuit's authentication state on every call: a sign-in renewed while the
/// page is open is the one recorded.
/// </summary>
public sealed class CurrentActor(AuthenticationStateProvider authentication)
{
    public async Task<ClaimsPrincipal> UserAsync() => (await authentication.GetAuthenticationStateAsync()).User;

    public async Task<Actor> GetAsync() => (await UserAsync()).ToActor();
}
