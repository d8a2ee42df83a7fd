using System.Diagnostics.CodeAnalysis;

namespace HireHub.Core.Common;

/// <summary>The IANA time zones a person can read HireHub in (<c>Europe/Amsterdam</c>, <c>Pacific/Auckland</c>), on any OS.</summary>
public static class TimeZones
{
    public const string Utc = "UTC";

    private static readonly Lazy<IReadOnlyList<string>> all = new(() =>
        [.. TimeZoneInfo.GetSystemTimeZones().Select(IanaIdOf).Append(Utc).Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal)]);

    /// <summary>Every zone by its IANA name, sorted.</summary>
    public static IReadOnlyList<string> All => all.Value;

    /// <summary>
    /// Finds a zone by its IANA name. The name comes from a cookie, so only the characters IANA names use are looked
    /// up: nothing that could be read as a path.
    /// </summary>
    public static bool TryFind(string? ianaId, [NotNullWhen(true)] out TimeZoneInfo? zone)
    {
        zone = null;
        if (string.IsNullOrEmpty(ianaId) || ianaId.Length > 64 || ianaId[0] == '/' || ianaId.Contains("..", StringComparison.Ordinal)
            || !ianaId.All(c => char.IsAsciiLetterOrDigit(c) || c is '/' or '_' or '-' or '+'))
        {
            return false;
        }

        if (ianaId == Utc)
        {
            zone = TimeZoneInfo.Utc;
            return true;
        }

        return TimeZoneInfo.TryFindSystemTimeZoneById(ianaId, out zone);
    }

    /// <summary>The IANA name of a zone, also where the OS names it the Windows way.</summary>
    public static string IanaIdOf(TimeZoneInfo zone) =>
        zone.Id == TimeZoneInfo.Utc.Id ? Utc
        : zone.HasIanaId ? zone.Id
        : TimeZoneInfo.TryConvertWindowsIdToIanaId(zone.Id, out var iana) ? iana : zone.Id;
}
