using System.Globalization;
using System.Text.Json;
using PhoneNumbers;

namespace HireHub.Core.Common;

/// <summary>
/// The regions a phone number written without a country code can be read in: the ones libphonenumber knows, each
/// an ISO 3166 code (<c>NL</c>), so an administrator picks one from a list, named in their language, rather than typing a code.
/// </summary>
public static class PhoneRegions
{
    private static readonly HashSet<string> Known = [.. PhoneNumberUtil.GetInstance().GetSupportedRegions()];

    // RegionNames.json: code → [English, Dutch], from CLDR. .NET's RegionInfo.DisplayName only follows the UI culture
    // when it is the machine's own, so on a server it named Germany "Deutschland" for everyone.
    private static readonly Dictionary<string, string[]> Names = LoadNames();

    public static IReadOnlyList<string> All { get; } = [.. Known.Order(StringComparer.Ordinal)];

    public static bool IsKnown(string? region) => region is { Length: 2 } && Known.Contains(region);

    /// <summary>The region's name in <paramref name="culture"/>'s language (Dutch, else English), with its code: "Duitsland (DE)".</summary>
    public static string DisplayName(string region, CultureInfo culture) =>
        Names.TryGetValue(region, out var names)
            ? $"{(culture.TwoLetterISOLanguageName == "nl" ? names[1] : names[0])} ({region})"
            : region;

    private static Dictionary<string, string[]> LoadNames()
    {
        using var stream = typeof(PhoneRegions).Assembly.GetManifestResourceStream("HireHub.Core.RegionNames.json")
            ?? throw new InvalidOperationException("HireHub.Core.RegionNames.json is not embedded.");
        return JsonSerializer.Deserialize<Dictionary<string, string[]>>(stream) ?? [];
    }
}
