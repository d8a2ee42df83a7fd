using System.Globalization;
using PhoneNumbers;

namespace HireHub.Core.Common;

/// <summary>
/// The regions a phone number written without a country code can be read in: the ones libphonenumber knows, each
/// an ISO 3166 code (<c>NL</c>), so an administrator picks one from a list rather than typing a code.
/// </summary>
public static class PhoneRegions
{
    private static readonly HashSet<string> Known = [.. PhoneNumberUtil.GetInstance().GetSupportedRegions()];

    public static IReadOnlyList<string> All { get; } = [.. Known.Order(StringComparer.Ordinal)];

    public static bool IsKnown(string? region) => region is { Length: 2 } && Known.Contains(region);

    /// <summary>The region's name in <paramref name="culture"/> (e.g. "Netherlands", "Nederland"), with its code.</summary>
    public static string DisplayName(string region, CultureInfo culture)
    {
        try
        {
            // RegionInfo names follow the current UI culture, so the name is read inside the person's culture.
            using var scope = CultureScope.Use(CultureInfo.CurrentCulture, culture);
            return $"{new RegionInfo(region).DisplayName} ({region})";
        }
        catch (ArgumentException)
        {
            return region; // a region ICU does not name (e.g. AC, TA): its code is all there is
        }
    }
}
