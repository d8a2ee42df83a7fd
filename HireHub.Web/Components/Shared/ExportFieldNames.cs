using Microsoft.Extensions.Localization;

namespace HireHub.Web.Components.Shared;

/// <summary>The label people read for an export field named as in the API (<c>firstName</c>, <c>recruiter.email</c>).</summary>
public static class ExportFieldNames
{
    public static string Label(IStringLocalizer<WebText> text, string field)
    {
        var label = text[$"Field_{field.Replace(".", "_", StringComparison.Ordinal)}"];
        return label.ResourceNotFound ? field : label.Value;
    }

    /// <summary>
    /// A field's old or new value as people read it: a date (stored <c>yyyy-MM-dd</c>) in their culture, a phone number
    /// in the international format, "—" for none.
    /// </summary>
    public static string Shown(string field, string? value) => field switch
    {
        "startDate" when DateOnly.TryParseExact(value, "yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture, System.Globalization.DateTimeStyles.None, out var date)
            => date.ToString("d", System.Globalization.CultureInfo.CurrentCulture),
        "phone" => HireHub.Core.Common.PhoneNumberFormat.ForDisplay(value) ?? "—",
        _ => value ?? "—",
    };
}
