using System.Security.Cryptography;

namespace HireHub.Web.Security;

/// <summary>
/// Adds the browser-facing protections to every response, errors included (they are set as the response starts,
/// after any handler that clears headers): a Content-Security-Policy without <c>unsafe-eval</c>, no MIME sniffing,
/// no framing, a strict referrer, and <c>Cache-Control: no-store</c> on everything that is not a static asset,
/// since pages and API responses carry candidates' and workers' personal data.
/// </summary>
internal sealed class SecurityHeaders(RequestDelegate next, ContentSecurityPolicy policy)
{
    /// <summary>The per-request nonce that lets App.razor's inline import map run.</summary>
    public const string NonceKey = "HireHub.Security.Nonce";

    public Task InvokeAsync(HttpContext http)
    {
        // Hex, so the value reads the same in the header and HTML-encoded in the page.
        Span<byte> random = stackalloc byte[16];
        RandomNumberGenerator.Fill(random);
        var nonce = Convert.ToHexStringLower(random);
        http.Items[NonceKey] = nonce;
        http.Response.OnStarting(() =>
        {
            var headers = http.Response.Headers;
            headers.ContentSecurityPolicy = policy.For(http.Request.Path, nonce);
            headers.XContentTypeOptions = "nosniff";
            headers.XFrameOptions = "DENY";
            headers["Referrer-Policy"] = "strict-origin-when-cross-origin";
            headers["Cross-Origin-Opener-Policy"] = "same-origin";
            headers["Permissions-Policy"] = "camera=(), microphone=(), geolocation=(), payment=()";

            // Static assets (MapStaticAssets) set their own caching; anything else is generated and may be personal.
            if (string.IsNullOrEmpty(headers.CacheControl))
            {
                headers.CacheControl = "no-store";
                headers.Pragma = "no-cache";
            }

            return Task.CompletedTask;
        });
        return next(http);
    }

    /// <summary>The nonce of this request, for a component that renders an inline script.</summary>
    public static string? NonceOf(HttpContext? http) => http?.Items[NonceKey] as string;
}

/// <summary>
/// The policy itself. Blazor Server needs scripts from its own origin and a WebSocket back to it; MudBlazor sets
/// inline styles (style attributes and its theme's <c>&lt;style&gt;</c> element), hence <c>style-src 'unsafe-inline'</c>,
/// which lets no script run. Neither needs <c>unsafe-eval</c>. The only inline script, the import map, carries the
/// request's nonce. The API reference at <c>/scalar</c> starts itself with an inline script and its own fonts, so it
/// gets a relaxed script policy of its own; it shows no personal data.
/// </summary>
internal sealed class ContentSecurityPolicy(IConfiguration configuration, IHostEnvironment environment)
{
    public const string ScalarPath = "/scalar";

    // Signing out of Entra ID posts a form here that the server redirects to the identity provider, and the browser
    // applies form-action to that redirect too.
    private readonly string formAction = string.IsNullOrWhiteSpace(configuration["AzureAd:ClientId"])
        ? "'self'"
        : $"'self' {Origin(configuration["AzureAd:Instance"])}".TrimEnd();

    // dotnet watch's browser refresh talks to its own WebSocket port on localhost.
    private readonly string connect = environment.IsDevelopment() ? "'self' ws://localhost:* wss://localhost:*" : "'self'";

    public string For(PathString path, string nonce) => path.StartsWithSegments(ScalarPath)
        ? $"default-src 'self'; script-src 'self' 'unsafe-inline'; style-src 'self' 'unsafe-inline'; img-src 'self' data:; font-src 'self' data: https://fonts.scalar.com; connect-src 'self'; object-src 'none'; base-uri 'self'; form-action 'self'; frame-ancestors 'none'"
        : $"default-src 'self'; script-src 'self' 'nonce-{nonce}'; style-src 'self' 'unsafe-inline'; img-src 'self' data:; font-src 'self' data:; connect-src {connect}; object-src 'none'; base-uri 'self'; form-action {formAction}; frame-ancestors 'none'";

    private static string Origin(string? url) =>
        Uri.TryCreate(url, UriKind.Absolute, out var uri) ? uri.GetLeftPart(UriPartial.Authority) : "";
}

/// <summary>Registers and applies <see cref="SecurityHeaders"/>.</summary>
public static class SecurityHeadersExtensions
{
    public static IServiceCollection AddHireHubSecurityHeaders(this IServiceCollection services) =>
        services.AddSingleton<ContentSecurityPolicy>();

    /// <summary>First in the pipeline, so even a response the exception handler writes carries the headers.</summary>
    public static IApplicationBuilder UseHireHubSecurityHeaders(this IApplicationBuilder app) =>
        app.UseMiddleware<SecurityHeaders>();
}
