using HireHub.Core.Features.Exports;
using HireHub.Core.Features.Integrations;
using Microsoft.Net.Http.Headers;

namespace HireHub.Web.Api;

/// <summary>What the endpoints share beyond binding: who an export is written as, and the reason of a 401.</summary>
public static class ApiRequest
{
    /// <summary>The ATS's writes are audited as its application user on behalf of its Entra application's acting user.</summary>
    public static ExportSource ToExportSource(this IntegrationCaller caller)
    {
        var name = caller.ActingPersonName is null ? caller.UserName : $"{caller.UserName} on behalf of {caller.ActingPersonName}";
        return new(caller.ConnectionId, caller.DefaultPhoneRegion, new Core.Common.Actor(caller.ClientId.ToString(), name.Length > 200 ? name[..200] : name));
    }

    /// <summary>The WWW-Authenticate challenge, as a reason for a 401.</summary>
    public static string? ChallengeOf(HttpResponse response) =>
        response.Headers[HeaderNames.WWWAuthenticate].ToString() is { } challenge && challenge.Contains("error", StringComparison.Ordinal) ? challenge : null;
}
