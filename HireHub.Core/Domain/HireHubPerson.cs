namespace HireHub.Core.Domain;

/// <summary>
/// A person who signs in to HireHub, with the app roles they hold, so that Core can ask who may act (an Entra
/// application's acting user must hold HR). Filled from configuration, or from the demo people in Development.
/// </summary>
public sealed class HireHubPerson
{
    public const int IdMaxLength = 100;
    public const string HrRole = "HR";

    /// <summary>The sign-in identifier, e.g. <c>hanna.reyes</c>.</summary>
    public required string Id { get; init; }

    public required string Name { get; set; }

    public string? Email { get; set; }

    /// <summary>App roles, comma-separated: <c>HR</c>, <c>Recruiter</c>, <c>Admin</c>.</summary>
    public string Roles { get; set; } = "";

    /// <summary>The legal entities an HR person works for, comma-separated (e.g. <c>USMF,USRT</c>); empty means all of them.</summary>
    public string LegalEntityIds { get; set; } = "";

    public IReadOnlyList<string> WorksFor => LegalEntityIds.Split(',', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries);

    public bool Holds(string role) => Roles.Split(',', StringSplitOptions.TrimEntries).Contains(role, StringComparer.Ordinal);
}
