using PhoneNumbers;

namespace HireHub.Core.Common;

/// <summary>Reads phone numbers as people type them and stores them as E.164 (<c>+14255550100</c>).</summary>
public static class PhoneNumberFormat
{
    public const string DefaultRegion = "US";

    private static readonly PhoneNumberUtil Util = PhoneNumberUtil.GetInstance();

    public static bool TryNormalize(string? input, string? defaultRegion, out string e164)
    {
        e164 = "";
        if (string.IsNullOrWhiteSpace(input))
        {
            return false;
        }

        try
        {
            var number = Util.Parse(input, string.IsNullOrWhiteSpace(defaultRegion) ? DefaultRegion : defaultRegion);
            if (!Util.IsValidNumber(number))
            {
                return false;
            }

            e164 = Util.Format(number, PhoneNumbers.PhoneNumberFormat.E164);
            return true;
        }
        catch (NumberParseException)
        {
            return false;
        }
    }

    /// <summary>The E.164 form of a valid number, or null for an empty or unreadable one.</summary>
    public static string? NormalizeOrNull(string? input, string? defaultRegion = null) =>
        TryNormalize(input, defaultRegion, out var e164) ? e164 : null;
}
