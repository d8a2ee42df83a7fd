using System.Globalization;
using HireHub.Web.Api;
using Microsoft.AspNetCore.Localization;
using MudBlazor;

namespace HireHub.Web.Localization;

/// <summary>
/// The languages HireHub speaks (English and Dutch) and the cultures it formats dates and numbers in. A person's
/// culture comes from, in order: <c>?culture=</c> in the address (as ASP.NET Core's query-string provider reads it),
/// their own choice in the app bar (the standard culture cookie), their browser's <c>Accept-Language</c>, then English.
/// </summary>
public static class HireHubCultures
{
    public const string English = "en-US";
    public const string Dutch = "nl-NL";

    /// <summary>Cultures whose text exists: English and Dutch, with the neutral ones a browser may send alone ("nl").</summary>
    public static IReadOnlyList<string> UICultures { get; } = ["en-US", "en-GB", "en", "nl-NL", "nl-BE", "nl"];

    /// <summary>Cultures dates and numbers may follow: a German browser gets German dates, with English text.</summary>
    public static IReadOnlyList<string> Cultures { get; } = [.. UICultures, "de-DE"];

    /// <summary>The languages the switch offers, each as the culture it sets.</summary>
    public static IReadOnlyList<string> Languages { get; } = [English, Dutch];

    /// <summary>
    /// The culture choosing <paramref name="language"/> sets: the person's current one when it is already that
    /// language (a British browser keeps its dates when it picks English), else the language's default.
    /// </summary>
    public static string ChoiceFor(string language, CultureInfo current) =>
        current.TwoLetterISOLanguageName == CultureInfo.GetCultureInfo(language).TwoLetterISOLanguageName && UICultures.Contains(current.Name) ? current.Name : language;

    /// <summary>Localisation of text, of MudBlazor's own labels, and the request's culture as described above.</summary>
    public static IServiceCollection AddHireHubLocalization(this IServiceCollection services)
    {
        services.AddTransient<MudLocalizer, MudBlazorLocalizer>();
        services.AddRequestLocalization(o =>
        {
            o.SetDefaultCulture(English).AddSupportedCultures([.. Cultures]).AddSupportedUICultures([.. UICultures]);
            o.FallBackToParentCultures = true;
            o.FallBackToParentUICultures = true;
            // An API caller learns which language the problem details are in.
            o.ApplyCurrentCultureToResponseHeaders = true;
        });
        return services;
    }

    /// <summary>
    /// Sets each request's culture. A page opened with <c>?culture=</c> also keeps it in the culture cookie: a Blazor
    /// page's circuit connects on an address of its own, without the query string, and would otherwise fall back to
    /// the browser's language as soon as the page became interactive. The API never sets the cookie.
    /// </summary>
    public static WebApplication UseHireHubLocalization(this WebApplication app)
    {
        app.UseRequestLocalization();
        app.Use((http, next) =>
        {
            if (http.Features.Get<IRequestCultureFeature>() is { Provider: QueryStringRequestCultureProvider } chosen && !http.Request.Path.StartsWithSegments(ApiEndpoints.Prefix))
            {
                CultureEndpoints.Remember(http, chosen.RequestCulture);
            }

            return next(http);
        });
        return app;
    }
}
