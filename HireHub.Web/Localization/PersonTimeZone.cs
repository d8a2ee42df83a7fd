using HireHub.Core.Common;
using Microsoft.AspNetCore.Components.Server.Circuits;

namespace HireHub.Web.Localization;

/// <summary>
/// Where the person's time zone comes from: the cookie <c>wwwroot/js/time-zone.js</c> writes from the browser's own zone
/// (<c>browser:Pacific/Auckland</c>) or from the person's pick in the profile menu (<c>chosen:Europe/Amsterdam</c>).
/// A cookie rather than a column: it needs no schema change, every instance reads it, and it is there before the
/// first page renders. Without one (or with a name that is no zone), times are shown in UTC.
/// </summary>
public static class PersonTimeZone
{
    public const string CookieName = "HireHub.TimeZone";

    /// <summary>Applies a cookie's value to <paramref name="time"/>; false when it names no zone.</summary>
    public static bool Apply(PersonTime time, string? cookie)
    {
        if (string.IsNullOrEmpty(cookie))
        {
            return false;
        }

        var colon = cookie.IndexOf(':', StringComparison.Ordinal);
        return colon < 0
            ? time.Use(cookie)
            : time.Use(cookie[(colon + 1)..], chosen: cookie.AsSpan(0, colon).SequenceEqual("chosen"));
    }

    /// <summary>
    /// Reads the cookie on every request, into the request's <see cref="PersonTime"/> (a prerendered page) and the
    /// ambient zone Core writes messages in.
    /// </summary>
    public static IApplicationBuilder UseHireHubPersonTimeZone(this IApplicationBuilder app) => app.Use(async (http, next) =>
    {
        var time = http.RequestServices.GetRequiredService<PersonTime>();
        if (Apply(time, http.Request.Cookies[CookieName]))
        {
            PersonTime.Ambient = time.Zone;
        }

        await next(http);
    });

    public static IServiceCollection AddHireHubPersonTimeZone(this IServiceCollection services) =>
        services.AddScoped<CircuitHandler, AmbientZoneCircuitHandler>();

    /// <summary>
    /// A circuit outlives the request that started it, and its events arrive on whatever thread SignalR uses: each
    /// one runs with the circuit's zone as the ambient zone, so a conflict message written during a click reads in the
    /// zone of the person who clicked.
    /// </summary>
    private sealed class AmbientZoneCircuitHandler(PersonTime time) : CircuitHandler
    {
        public override Func<CircuitInboundActivityContext, Task> CreateInboundActivityHandler(Func<CircuitInboundActivityContext, Task> next) =>
            async context =>
            {
                PersonTime.Ambient = time.Zone;
                await next(context);
            };
    }
}
