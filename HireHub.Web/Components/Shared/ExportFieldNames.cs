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

    /// <summary>A field's old or new value as people read it: a phone number in the international format, "—" for none.</summary>
    public static string Shown(string field, string? value) =>
        (field == "phone" ? HireHub.Core.Common.PhoneNumberFormat.ForDisplay(value) : value) ?? "—";
}
