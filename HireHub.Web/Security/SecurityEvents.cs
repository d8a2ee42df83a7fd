using System.Security.Claims;
using HireHub.Core.Common;
using HireHub.Web.Authentication;

namespace HireHub.Web.Security;

/// <summary>
/// Writes the web app's security events (<see cref="SecurityLog"/>) with the time from <see cref="TimeProvider"/>
/// in UTC and every caller-supplied value made safe; a person appears only as a pseudonymous subject.
/// </summary>
public sealed class SecurityEvents(ILoggerFactory loggers, TimeProvider time)
{
    private readonly ILogger logger = loggers.CreateLogger(SecurityLog.Category);

    private DateTimeOffset Now => time.GetUtcNow();

    public void SignInSucceeded(string? personId, string scheme) => logger.SignInSucceeded(LogValue.Subject(personId), scheme, Now);

    public void SignInFailed(string scheme, string reason) => logger.SignInFailed(scheme, LogValue.Safe(reason), Now);

    public void AuthorizationRefused(HttpContext http, int status) =>
        logger.AuthorizationRefused(LogValue.Safe(http.Request.Method, 10), RouteOf(http), status, SubjectOf(http.User), Now);

    public void ApiRefused(HttpContext http, int status, string? clientId, string? reason) =>
        logger.ApiRefused(LogValue.Safe(http.Request.Method, 10), RouteOf(http), status, LogValue.Safe(clientId ?? "anonymous", 64), LogValue.Safe(reason, 300), Now);

    /// <summary>A request refused as invalid: the operation, who asked and the names of the fields at fault, never their values.</summary>
    public void ValidationRefused(string operation, string subject, IDictionary<string, string[]>? errors) =>
        logger.ValidationRefused(LogValue.Safe(operation, 100), subject, SecurityLog.FieldsOf(errors), Now);

    public void ValidationRefused(string operation, ClaimsPrincipal user, IDictionary<string, string[]>? errors) =>
        ValidationRefused(operation, SubjectOf(user), errors);

    // The route's template, not the path asked for: a path is whatever the caller typed, a name included.
    private static string RouteOf(HttpContext http) =>
        http.GetEndpoint() is RouteEndpoint { RoutePattern.RawText: { } template } ? LogValue.Safe(template) : "(no route)";

    private static string SubjectOf(ClaimsPrincipal user) =>
        user.Identity?.IsAuthenticated == true ? LogValue.Subject(user.ToActor().Id) : "anonymous";
}
