using FluentValidation;
using Microsoft.Extensions.Localization;

namespace HireHub.Core.Common;

/// <summary>
/// Names, ids and addresses are one line of readable text. A control character (a NUL, an escape sequence, a line
/// break that forges a log line or a CSV row) or half of a UTF-16 surrogate pair in one is never a person's data but
/// a broken or hostile sender's, and it would travel on into the audit trail, CSV exports and the HRIS: refuse it.
/// </summary>
public static class PlainText
{
    public static bool IsPlain(string? value)
    {
        if (value is null)
        {
            return true;
        }

        for (var i = 0; i < value.Length; i++)
        {
            var c = value[i];
            if (char.IsControl(c))
            {
                return false;
            }

            if (char.IsHighSurrogate(c) && i + 1 < value.Length && char.IsLowSurrogate(value[i + 1]))
            {
                i++;
            }
            else if (char.IsSurrogate(c))
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>The value holds no control character and no unpaired surrogate.</summary>
    public static IRuleBuilderOptions<T, string?> Plain<T>(this IRuleBuilder<T, string?> rule, IStringLocalizer<CoreText> text) =>
        rule.Must(IsPlain).WithText(text, "ControlCharacters");
}
