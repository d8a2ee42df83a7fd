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

    /// <summary>
    /// A stored number as people read it, in the international format with the country's own grouping
    /// (<c>+31612345678</c> reads <c>+31 6 12345678</c>, <c>+14255550132</c> reads <c>+1 425-555-0132</c>). A value that
    /// is not a number (written before numbers were normalised) is shown as it was stored rather than hidden.
    /// </summary>
    public static string? ForDisplay(string? stored)
    {
        if (string.IsNullOrWhiteSpace(stored))
        {
            return stored;
        }

        try
        {
            var number = Util.Parse(stored, DefaultRegion);
            return Util.IsValidNumber(number) ? Util.Format(number, PhoneNumbers.PhoneNumberFormat.INTERNATIONAL) : stored;
        }
        catch (NumberParseException)
        {
            return stored;
        }
    }
}
