using System.Collections.Concurrent;
using HireHub.Core.Features.Integrations;
using Microsoft.Extensions.Localization;

namespace HireHub.Web.Api;

/// <summary>
/// Wraps every <c>/api</c> request. An error answered without a body (401 from the bearer scheme, 404 for an
/// unknown route, 405) gets problem details; every refused call is written to the integration log before
/// the response starts, so whoever reads the log after a response finds the entry.
/// </summary>
internal sealed class ApiErrorMiddleware(RequestDelegate next, IntegrationLog log, RefusalThrottle throttle, Security.SecurityEvents events, IStringLocalizer<ApiText> text, ILogger<ApiErrorMiddleware> logger)
{
    public async Task InvokeAsync(HttpContext http)
    {
        http.Response.OnStarting(() => RecordRefusalAsync(http));
        await next(http);

        var response = http.Response;
        if (response.StatusCode >= 400 && !response.HasStarted && string.IsNullOrEmpty(response.ContentType) && response.ContentLength is null or 0)
        {
            var detail = response.StatusCode switch
            {
                StatusCodes.Status401Unauthorized => ApiRequest.ChallengeOf(response) is { } challenge ? text["UnauthorizedWithChallenge", challenge] : text["Unauthorized"],
                // Routing refuses a body whose Content-Type the endpoint does not accept before the endpoint runs.
                StatusCodes.Status415UnsupportedMediaType => text["ContentTypeNotJson"],
                _ => text["StatusOnly", response.StatusCode, ApiProblems.Title(http, response.StatusCode)],
            };
            await ApiProblems.WriteAsync(http, response.StatusCode, detail);
        }
    }

    private async Task RecordRefusalAsync(HttpContext http)
    {
        var status = http.Response.StatusCode;
        if (status < 400 || http.Items[ApiProblems.ReasonKey] is not string reason)
        {
            return;
        }

        var caller = ApiAuthentication.ClientIdOf(http.User);

        // The security log gets every refusal, one event each; the integration log, which people read, is throttled.
        if (status == StatusCodes.Status400BadRequest)
        {
            events.ValidationRefused($"API {http.Request.Method} {(http.GetEndpoint() as RouteEndpoint)?.RoutePattern.RawText}", Core.Common.LogValue.Safe(caller ?? "anonymous", 64), http.Items[ApiProblems.FieldsKey] as IDictionary<string, string[]>);
        }
        else
        {
            events.ApiRefused(http, status, caller, reason);
        }

        if (!throttle.ShouldRecord(caller, status))
        {
            return;
        }

        try
        {
            await log.RecordAsync(caller, status, reason, http.Items[ApiProblems.CandidateIdKey] as string, http.RequestAborted);
        }
        catch (Exception ex) when (ex is not OperationCanceledException)
        {
            // The log helps people find out why an export did not arrive; failing to write it must not fail the call.
            logger.LogWarning(ex, "Could not record a refused API call ({Status}) in the integration log", status);
        }
    }
}

/// <summary>
/// Keeps a flood of refusals that need no database to produce (no token, too many requests) from becoming a
/// flood of log writes: at most one entry a second per caller and status for those two.
/// </summary>
public sealed class RefusalThrottle(TimeProvider time)
{
    private static readonly TimeSpan Interval = TimeSpan.FromSeconds(1);
    private readonly ConcurrentDictionary<(string Caller, int Status), DateTimeOffset> lastRecorded = new();

    public bool ShouldRecord(string? caller, int status)
    {
        if (status is not (StatusCodes.Status401Unauthorized or StatusCodes.Status429TooManyRequests))
        {
            return true;
        }

        var now = time.GetUtcNow();
        var key = (caller ?? IntegrationLog.AnonymousCaller, status);
        var last = lastRecorded.GetOrAdd(key, DateTimeOffset.MinValue);
        return now - last >= Interval && lastRecorded.TryUpdate(key, now, last);
    }
}
