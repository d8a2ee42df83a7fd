using System.Globalization;
using System.Threading.RateLimiting;
using Microsoft.AspNetCore.RateLimiting;
using Microsoft.Extensions.Localization;
using Microsoft.Extensions.Options;
using Microsoft.Net.Http.Headers;

namespace HireHub.Web.Api;

/// <summary>A token bucket per calling application: one caller going too fast gets 429, the others carry on.</summary>
public static class ApiRateLimiting
{
    public const string Policy = "PerCaller";

    public static void AddHireHubApiRateLimiting(this WebApplicationBuilder builder)
    {
        builder.Services.AddRateLimiter(o =>
        {
            o.RejectionStatusCode = StatusCodes.Status429TooManyRequests;
            // Runs after authentication, so the partition is the caller's client ID from its token.
            o.AddPolicy(Policy, http => RateLimitPartition.GetTokenBucketLimiter(
                ApiAuthentication.ClientIdOf(http.User) ?? "anonymous",
                _ => Bucket(http.RequestServices.GetRequiredService<IOptions<ApiOptions>>().Value.RateLimit)));
            o.OnRejected = async (context, ct) =>
            {
                var retryAfter = context.Lease.TryGetMetadata(MetadataName.RetryAfter, out var wait) ? wait : TimeSpan.FromSeconds(1);
                var seconds = Math.Max(1, (int)Math.Ceiling(retryAfter.TotalSeconds));
                var http = context.HttpContext;
                http.Response.Headers[HeaderNames.RetryAfter] = seconds.ToString(CultureInfo.InvariantCulture);
                var text = http.RequestServices.GetRequiredService<IStringLocalizer<ApiText>>();
                await ApiProblems.WriteAsync(http, StatusCodes.Status429TooManyRequests, text["TooManyRequests", seconds]);
            };
        });
    }

    private static TokenBucketRateLimiterOptions Bucket(ApiRateLimitOptions options)
    {
        var perSecond = options.PermitsPerSecond > 0 ? options.PermitsPerSecond : new ApiRateLimitOptions().PermitsPerSecond;
        // Whole permits every second; a slower rate (below one a second) becomes one permit every 1/x seconds.
        var (tokens, period) = perSecond >= 1
            ? ((int)perSecond, TimeSpan.FromSeconds(1))
            : (1, TimeSpan.FromSeconds(1 / perSecond));
        return new TokenBucketRateLimiterOptions
        {
            TokenLimit = Math.Max(1, options.Burst),
            TokensPerPeriod = tokens,
            ReplenishmentPeriod = period,
            QueueLimit = 0,
            AutoReplenishment = true,
        };
    }
}
