namespace HireHub.Web.Components.Shared;

/// <summary>MudDatePicker edits <see cref="DateTime"/>; Core speaks <see cref="DateOnly"/>.</summary>
public static class DateOnlyExtensions
{
    public static DateTime? ToDateTime(this DateOnly? date) => date?.ToDateTime(TimeOnly.MinValue);

    public static DateOnly? ToDateOnly(this DateTime? date) => date is { } value ? DateOnly.FromDateTime(value) : null;
}
