using MudBlazor;

namespace HireHub.Web.Components.Layout;

internal static class HireHubTheme
{
    public static MudTheme Theme { get; } = new()
    {
        PaletteLight = new PaletteLight
        {
            Primary = "#0F6CBD",
            Secondary = "#5B5FC7",
            AppbarBackground = "#0F6CBD",
        },
    };
}
