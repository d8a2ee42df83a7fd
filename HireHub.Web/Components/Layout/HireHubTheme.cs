using MudBlazor;

namespace HireHub.Web.Components.Layout;

internal static class HireHubTheme
{
    // Every colour that carries text meets WCAG AA (4.5:1) both as text on white and as a filled background under
    // white text: MudBlazor's own error, warning, success and info (#f44336, #ff9800, #00c853, #2196f3) reach only
    // 2.2 to 3.7, which axe reports on every chip, status and destructive button (E2E/AccessibilityWalk).
    public static MudTheme Theme { get; } = new()
    {
        PaletteLight = new PaletteLight
        {
            Primary = "#0F6CBD",
            Secondary = "#5B5FC7",
            AppbarBackground = "#0F6CBD",
            Error = "#C62828",
            Warning = "#A65A00",
            Success = "#2E7D32",
            Info = "#1565C0",
        },
    };
}
