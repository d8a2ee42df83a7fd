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

    /// <summary>A field's value as a person reads it: a date (stored <c>yyyy-MM-dd</c>) in their culture, the rest as stored.</summary>
    public static string Value(string field, string? value) =>
        field == "startDate" && DateOnly.TryParseExact(value, "yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture, System.Globalization.DateTimeStyles.None, out var date)
            ? date.ToString("d", System.Globalization.CultureInfo.CurrentCulture)
            : value ?? "—";
}
