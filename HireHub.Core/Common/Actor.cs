namespace HireHub.Core.Common;

/// <summary>Who is acting: a person signed in to HireHub or an application writing through the API.</summary>
public sealed record Actor(string Id, string DisplayName)
{
    public override string ToString() => DisplayName;
}
