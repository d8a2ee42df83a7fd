using AngleSharp.Dom;
using Bunit;
using Microsoft.AspNetCore.Components;

namespace HireHub.Tests.Components;

/// <summary>
/// How a test clicks and types in a rendered panel, page or dialog: finding the element and raising its event in one
/// turn of the renderer's dispatcher, so no render can come between and retire the element's event handler. Pages
/// reload on other threads (a count runs beside its page, a dialog's check runs after its first render), and the render
/// that follows can land between a <c>Find</c> and a <c>Click</c> made from the test's thread; the event is then raised
/// on a handler that no longer exists. Waiting for an element happens on the test's thread, where renders can go on.
/// </summary>
public static class DispatcherSafe
{
    public static Task ClickAsync<TComponent>(this IRenderedComponent<TComponent> host, Func<IElement> find)
        where TComponent : IComponent =>
        host.InvokeAsync(() => find().Click());

    public static Task ClickAsync<TComponent>(this IRenderedComponent<TComponent> host, string selector)
        where TComponent : IComponent =>
        host.ClickAsync(() => host.Find(selector));

    /// <summary>Waits until <paramref name="selector"/> shows, then clicks it as <see cref="ClickAsync{TComponent}(IRenderedComponent{TComponent}, string)"/> does.</summary>
    public static Task ClickWhenShownAsync<TComponent>(this IRenderedComponent<TComponent> host, string selector, TimeSpan? timeout = null)
        where TComponent : IComponent
    {
        _ = timeout is { } patience ? host.WaitForElement(selector, patience) : host.WaitForElement(selector);
        return host.ClickAsync(selector);
    }

    /// <summary>Waits until exactly one button shows <paramref name="text"/> (a dialog's Delete, a message box's Erase), then clicks it.</summary>
    public static Task ClickButtonAsync<TComponent>(this IRenderedComponent<TComponent> host, string text)
        where TComponent : IComponent
    {
        host.WaitForAssertion(() => Assert.Single(host.FindAll("button"), b => b.TextContent.Trim() == text));
        return host.ClickAsync(() => host.FindAll("button").Single(b => b.TextContent.Trim() == text));
    }

    /// <summary>
    /// Types into a field (its input event), as <see cref="ClickAsync{TComponent}(IRenderedComponent{TComponent}, string)"/> clicks: the field's
    /// handler has started (and a search box's debounce timer is set) when this returns.
    /// </summary>
    public static Task TypeAsync<TComponent>(this IRenderedComponent<TComponent> host, string selector, string text)
        where TComponent : IComponent =>
        host.InvokeAsync(() => host.Find(selector).Input(text));

    /// <summary>Sets a field's value (its change event, as when the person leaves a text field or ticks a box), once it shows.</summary>
    public static Task ChangeAsync<TComponent, TValue>(this IRenderedComponent<TComponent> host, string selector, TValue value)
        where TComponent : IComponent
    {
        host.WaitForElement(selector);
        return host.ChangeAsync(() => host.Find(selector), value);
    }

    public static Task ChangeAsync<TComponent, TValue>(this IRenderedComponent<TComponent> host, Func<IElement> find, TValue value)
        where TComponent : IComponent =>
        host.InvokeAsync(() => find().Change(value));
}
