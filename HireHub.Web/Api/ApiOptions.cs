namespace HireHub.Web.Api;

/// <summary>The <c>Api</c> section of configuration.</summary>
public sealed class ApiOptions
{
    public const string SectionName = "Api";

    public ApiRateLimitOptions RateLimit { get; set; } = new();
}

/// <summary>How fast each calling application may go: a token bucket per client ID.</summary>
public sealed class ApiRateLimitOptions
{
    /// <summary>Requests per second a caller may keep up; below 1, one request every 1/x seconds.</summary>
    public double PermitsPerSecond { get; set; } = 100;

    /// <summary>Requests a caller may send at once after a quiet spell.</summary>
    public int Burst { get; set; } = 200;
}
