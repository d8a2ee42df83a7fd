using Microsoft.AspNetCore.Http.Extensions;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Localization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.WebUtilities;
using Microsoft.Extensions.Options;

namespace HireHub.Web.Localization;

/// <summary>The language switch's endpoint: keeps the person's choice in the standard culture cookie and goes back to the page.</summary>
public static class CultureEndpoints
{
    public const string Path = "/culture";

    private static readonly QueryStringRequestCultureProvider CultureKeys = new();

    public static void MapHireHubCultureEndpoint(this WebApplication app) =>
        // A form post with the antiforgery token (checked by the framework for form-bound endpoints): another site
        // cannot switch someone's language. Anonymous, so the sign-in page can offer it too.
        app.MapPost(Path, (HttpContext http, IOptions<RequestLocalizationOptions> options, [FromForm] string culture, [FromForm] string? returnUrl) =>
        {
            if (options.Value.SupportedUICultures?.FirstOrDefault(c => string.Equals(c.Name, culture, StringComparison.OrdinalIgnoreCase)) is not { } chosen)
            {
                return Results.BadRequest();
            }

            Remember(http, new RequestCulture(chosen));
            return Results.LocalRedirect(BackTo(returnUrl));
        }).AllowAnonymous();

    /// <summary>
    /// The page to go back to: only within HireHub (a crafted returnUrl must not send the person to another site), and
    /// without a <c>?culture=</c>, which would otherwise bring back the language just left.
    /// </summary>
    public static string BackTo(string? returnUrl)
    {
        if (!RedirectHttpResult.IsLocalUrl(returnUrl))
        {
            return "/";
        }

        var page = new Uri(new Uri("http://hirehub.invalid"), returnUrl.StartsWith('~') ? returnUrl[1..] : returnUrl);
        var query = QueryHelpers.ParseQuery(page.Query)
            .Where(p => !string.Equals(p.Key, CultureKeys.QueryStringKey, StringComparison.OrdinalIgnoreCase) && !string.Equals(p.Key, CultureKeys.UIQueryStringKey, StringComparison.OrdinalIgnoreCase))
            .SelectMany(p => p.Value.Select(value => KeyValuePair.Create(p.Key, value ?? "")));
        return page.AbsolutePath + new QueryBuilder(query).ToQueryString() + page.Fragment;
    }

    /// <summary>Stores <paramref name="culture"/> in the cookie <see cref="CookieRequestCultureProvider"/> reads, for a year.</summary>
    public static void Remember(HttpContext http, RequestCulture culture) =>
        http.Response.Cookies.Append(
            CookieRequestCultureProvider.DefaultCookieName,
            CookieRequestCultureProvider.MakeCookieValue(culture),
            new CookieOptions
            {
                Path = "/",
                MaxAge = TimeSpan.FromDays(365),
                HttpOnly = true,
                Secure = http.Request.IsHttps,
                SameSite = SameSiteMode.Lax,
                // The person asked for it: it is needed for the page to be in their language, not tracking.
                IsEssential = true,
            });
}
