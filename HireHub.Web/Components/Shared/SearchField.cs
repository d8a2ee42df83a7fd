namespace HireHub.Web.Components.Shared;

/// <summary>
/// The attributes every search field carries (<see cref="SearchBox"/> sets them itself; a MudTextField takes them as
/// <c>UserAttributes</c>): its accessible name, and <c>data-keep-typed</c>, by which <c>wwwroot/js/keep-typed.js</c>
/// keeps what a person typed before the page became live and hands it to the live field.
/// A search reloads on its value (<c>@bind-Value:after</c>), not on <c>OnDebounceIntervalElapsed</c>: MudBlazor sets the
/// value without that event when the field is validated while a pause is pending (a grid's first load re-renders the
/// field just after the first keystroke on a page that has just gone live), and the search was silently dropped.
/// </summary>
public static class SearchField
{
    public const string KeepTyped = "data-keep-typed";

    public static Dictionary<string, object?> Attributes(string? accessibleName = null)
    {
        var attributes = new Dictionary<string, object?> { [KeepTyped] = true };
        if (accessibleName is not null)
        {
            attributes["aria-label"] = accessibleName;
        }

        return attributes;
    }
}
