using System.Net;

namespace HireHub.Tests.Security;

/// <summary>The outcome as the matrix counts it: a redirect to sign-in is a 401, to "access denied" a 403.</summary>
internal static class MatrixOutcome
{
    public static int Of(HttpResponseMessage response) => response.StatusCode != HttpStatusCode.Redirect ? (int)response.StatusCode
        : response.Headers.Location!.OriginalString.Contains("/account/sign-in", StringComparison.Ordinal) ? 401
        : response.Headers.Location.OriginalString.Contains("/account/access-denied", StringComparison.Ordinal) ? 403 : 302;
}
