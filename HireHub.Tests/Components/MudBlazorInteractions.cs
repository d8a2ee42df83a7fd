using AngleSharp.Dom;
using Bunit;

namespace HireHub.Tests.Components;

/// <summary>
/// What a person does with MudBlazor's inputs, done through the DOM the way MudBlazor's own tests do it, each event
/// raised on the renderer's dispatcher as <see cref="DispatcherSafe"/> explains. These stay synchronous (tests across
/// branches call them so) and wait for the dispatcher, which never runs on the test's thread.
/// </summary>
public static class MudBlazorInteractions
{
    /// <summary>Opens the MudSelect whose input has <paramref name="inputId"/> and clicks the option showing <paramref name="optionText"/>.</summary>
    public static void Choose(this IRenderedComponent<ComponentHost> host, string inputId, string optionText)
    {
        host.InvokeAsync(() => host.Find($"#{inputId}").Closest(".mud-input-control")!.MouseDown()).GetAwaiter().GetResult();
        host.WaitForElement(".mud-popover-open .mud-list-item");
        host.ClickAsync(() => host.FindAll(".mud-popover-open .mud-list-item").Single(item => item.TextContent.Trim() == optionText)).GetAwaiter().GetResult();
        host.WaitForAssertion(() => Assert.Empty(host.FindAll(".mud-popover-open .mud-list-item")));
    }

    /// <summary>Types into a text field and leaves it, as a person tabbing to the next field would.</summary>
    public static void TypeAndLeave(this IRenderedComponent<ComponentHost> host, string inputId, string text)
    {
        host.InvokeAsync(() =>
        {
            host.Find($"#{inputId}").Change(text);
            host.Find($"#{inputId}").Blur();
        }).GetAwaiter().GetResult();
    }

    /// <summary>The text MudBlazor shows under a field: its helper text, or its error.</summary>
    public static string TextUnder(this IRenderedComponent<ComponentHost> host, string inputSelector) =>
        host.Find(inputSelector).Closest(".mud-input-control")!.QuerySelector(".mud-input-helper-text")?.TextContent.Trim() ?? "";

    public static IElement ButtonInDialog(this IRenderedComponent<ComponentHost> host, string text) =>
        host.FindAll(".mud-dialog button").Single(button => button.TextContent.Trim() == text);
}
