namespace HireHub.Web.Components.Shared;

/// <summary>
/// The attributes every search field carries (<see cref="SearchBox"/> sets them itself; a MudTextField takes them as
/// <c>UserAttributes</c>): its accessible name, and <c>data-keep-typed</c>, by which <c>wwwroot/js/keep-typed.js</c>
/// keeps what a person typed before the page became live and hands it to the live field.
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
