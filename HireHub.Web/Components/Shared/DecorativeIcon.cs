using Microsoft.AspNetCore.Components;

namespace HireHub.Web.Components.Shared;

/// <summary>
/// MudIcon's markup without a MudIcon: for icons that only decorate a text or an aria-label. Every component is
/// circuit memory for as long as the page is open (docs/PERFORMANCE.md, P5), so busy pages draw their icons as markup.
/// </summary>
public static class DecorativeIcon
{
    /// <summary>An SVG from MudBlazor's <c>Icons</c>, hidden from assistive technology.</summary>
    public static RenderFragment Of(string svg, string size = "small", string? extraClass = null) => builder =>
    {
        builder.OpenElement(0, "svg");
        builder.AddAttribute(1, "class", $"mud-icon-root mud-svg-icon mud-icon-size-{size} {extraClass}".TrimEnd());
        builder.AddAttribute(2, "focusable", "false");
        builder.AddAttribute(3, "viewBox", "0 0 24 24");
        builder.AddAttribute(4, "aria-hidden", "true");
        builder.AddMarkupContent(5, svg);
        builder.CloseElement();
    };
}
