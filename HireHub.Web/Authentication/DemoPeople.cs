namespace HireHub.Web.Authentication;

/// <param name="JobTitle">The key of the person's job title in <c>WebText</c> (<c>JobTitle_{JobTitle}</c>), shown in the person's language.</param>
/// <param name="LegalEntities">The legal entities an HR person works for; none means all of them.</param>
public sealed record DemoPerson(string Id, string Name, string Email, string JobTitle, IReadOnlyList<string> Roles, string LegalEntities = "");

/// <summary>The people offered by the local sign-in page, which exists only in Development without Entra ID.</summary>
public static class DemoPeople
{
    public static IReadOnlyList<DemoPerson> All { get; } =
    [
        new("hanna.reyes", "Hanna Reyes", "hanna.reyes@contoso.com", "HrGeneralist", [HireHubRoles.HR]),
        new("marcus.lee", "Marcus Lee", "marcus.lee@contoso.com", "HrManager", [HireHubRoles.HR], LegalEntities: "USMF"),
        new("riya.patel", "Riya Patel", "riya.patel@contoso.com", "Recruiter", [HireHubRoles.Recruiter]),
        new("sam.okoye", "Sam Okoye", "sam.okoye@contoso.com", "SystemAdministrator", [HireHubRoles.Admin]),
    ];

    public static DemoPerson? Find(string? id) => All.FirstOrDefault(p => p.Id == id);

    /// <summary>The demo people as rows of Core's people table, so an Entra application can act for one who holds HR.</summary>
    public static IReadOnlyList<Core.Domain.HireHubPerson> AsHireHubPeople() =>
        [.. All.Select(p => new Core.Domain.HireHubPerson { Id = p.Id, Name = p.Name, Email = p.Email, Roles = string.Join(',', p.Roles), LegalEntityIds = p.LegalEntities })];
}
