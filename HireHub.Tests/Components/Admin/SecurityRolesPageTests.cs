using Bunit;
using HireHub.Web.Components.Pages.Admin;

namespace HireHub.Tests.Components.Admin;

public sealed class SecurityRolesPageTests : AdminPageTest
{
    [Fact]
    public async Task Delete_OfARoleInUse_IsRefusedWithTheReason_AndTheRoleStays()
    {
        var page = RenderPage<SecurityRoles>();
        page.WaitForAssertion(() => Assert.Single(page.FindAll("[data-testid=role-name]")));

        await page.ClickAsync("[data-testid=role-delete]");
        await Dialogs.ClickButtonAsync("Delete");

        page.WaitForAssertion(() => Assert.Equal("This role is assigned to application users; remove it from them first.", page.Find("[data-testid=roles-problem]").TextContent.Trim()));
        Assert.Single(page.FindAll("[data-testid=role-name]"));
    }

    [Fact]
    public async Task NewRole_WithAName_AppearsInTheList()
    {
        var page = RenderPage<SecurityRoles>();

        await page.ClickAsync("[data-testid=new-role]");
        await Dialogs.ChangeAsync("#role-name", "HRIS integration with Acme");
        await Dialogs.ClickAsync("[data-testid=role-save]");

        page.WaitForAssertion(() => Assert.Contains(page.FindAll("[data-testid=role-name]"), r => r.TextContent == "HRIS integration with Acme"));
    }

    [Fact]
    public async Task NewRole_StartsWithNoPrivilege_AndTheAtsTemplateTicksExactlyWhatAnAtsNeeds()
    {
        var page = RenderPage<SecurityRoles>();

        await page.ClickAsync("[data-testid=new-role]");
        Dialogs.WaitForAssertion(() => Assert.Equal(5, Dialogs.FindAll("input[type=checkbox]").Count));
        Assert.DoesNotContain(Dialogs.FindAll("input[type=checkbox]"), c => c.HasAttribute("checked"));
        await Dialogs.ClickAsync("[data-testid=role-template-ats]");

        Dialogs.WaitForAssertion(() => Assert.Equal(
            ["privilege-ReadEntityMetadata", "privilege-ReadFieldMetadata", "privilege-ReadRelationshipMetadata", "privilege-WriteExportedCandidates"],
            Dialogs.FindAll("[data-testid^=privilege-]").Where(p => (p.TagName == "INPUT" ? p : p.QuerySelector("input[type=checkbox]"))?.HasAttribute("checked") == true).Select(p => p.GetAttribute("data-testid"))));
    }
}
