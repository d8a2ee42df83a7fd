using System.Globalization;

namespace HireHub.Core.Common;

/// <summary>
/// The time zone of the person reading a page: every date-time HireHub shows goes through here, so it reads in the
/// person's zone and never in the server's, while storage and the API stay in UTC. One per request or circuit (scoped);
/// the web app sets it from the time zone the person's browser reported or the person chose.
/// </summary>
public sealed class PersonTime
{
    private static readonly AsyncLocal<TimeZoneInfo?> ambient = new();

    /// <summary>
    /// The zone of the person on whose behalf the current code runs, set by the web app for each request and each
    /// circuit event; null for an application calling the API. Core reads it where it writes a time into a message for
    /// a person, as it reads <see cref="CultureInfo.CurrentCulture"/> for the language.
    /// </summary>
    public static TimeZoneInfo? Ambient
    {
        get => ambient.Value;
        set => ambient.Value = value;
    }

    public TimeZoneInfo Zone { get; private set; } = TimeZoneInfo.Utc;

    /// <summary>The zone's IANA name, e.g. <c>Europe/Amsterdam</c>.</summary>
    public string ZoneId => TimeZones.IanaIdOf(Zone);

    /// <summary>True when the person picked the zone; false while it follows what their browser reports.</summary>
    public bool Chosen { get; private set; }

    /// <summary>Switches to the zone named <paramref name="ianaId"/>; false (and no change) for a name that is no zone.</summary>
    public bool Use(string? ianaId, bool chosen = false)
    {
        if (!TimeZones.TryFind(ianaId, out var zone))
        {
            return false;
        }

        (Zone, Chosen) = (zone, chosen);
        return true;
    }

    public DateTimeOffset InZone(DateTimeOffset at) => TimeZoneInfo.ConvertTime(at, Zone);

    /// <summary>The moment as the person reads it, in the current culture's pattern: <c>g</c> (date and short time) by default.</summary>
    public string Format(DateTimeOffset at, string format = "g") => InZone(at).ToString(format, CultureInfo.CurrentCulture);

    /// <summary>The person's calendar day on which the moment falls (a hire at 23:30 UTC is the next day in Auckland).</summary>
    public DateOnly DateOf(DateTimeOffset at) => DateOnly.FromDateTime(InZone(at).DateTime);

    /// <summary>The moment the person's <paramref name="day"/> begins, for "from" and "to" filters a person picks as dates.</summary>
    public DateTimeOffset StartOf(DateOnly day)
    {
        var midnight = day.ToDateTime(TimeOnly.MinValue);

        // Where the clocks jump forward at midnight, the day begins at the first minute that exists.
        while (Zone.IsInvalidTime(midnight))
        {
            midnight = midnight.AddMinutes(30);
        }

        return new DateTimeOffset(midnight, Zone.GetUtcOffset(midnight));
    }

    /// <summary>
    /// A moment written into a message: in the <see cref="Ambient"/> person's zone, or for an application in UTC,
    /// said so, since an API caller cannot know which zone a bare time is in.
    /// </summary>
    public static string ForMessage(DateTimeOffset at) => Ambient is { } zone
        ? TimeZoneInfo.ConvertTime(at, zone).ToString("g", CultureInfo.CurrentCulture)
        : at.UtcDateTime.ToString("g", CultureInfo.CurrentCulture) + " UTC";
}
