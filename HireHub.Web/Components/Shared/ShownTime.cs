using System.Globalization;

namespace HireHub.Web.Components.Shared;

/// <summary>
/// How the Home page and the list filters it links to show times. Read models keep <see cref="DateTimeOffset"/>; only
/// here do they become text. Until the person's own time zone is available (issue 13), instants show in UTC and say
/// so, never in the server's zone: <see cref="Instant"/> is the one line to change then. Week and day labels name
/// UTC periods (the charts say their periods are UTC), so they stay in UTC.
/// </summary>
public static class ShownTime
{
    public static string Instant(DateTimeOffset at) => at.UtcDateTime.ToString("g", CultureInfo.CurrentCulture) + " UTC";

    /// <summary>The first day of a UTC week or a UTC day, short: <c>22 Feb</c>.</summary>
    public static string PeriodStart(DateTimeOffset start) => start.UtcDateTime.ToString("d MMM", CultureInfo.CurrentCulture);
}
