using Bunit;
using HireHub.Web.Components.Pages.Admin;

namespace HireHub.Tests.Components.Admin;

public sealed class SecurityRolesPageTests : AdminPageTest
{
    [Fact]
    public void Delete_OfARoleInUse_IsRefusedWithTheReason_AndTheRoleStays()
    {
        var page = RenderPage<SecurityRoles>();
        page.WaitForAssertion(() => Assert.Single(page.FindAll("[data-testid=role-name]")));

        page.Find("[data-testid=role-delete]").Click();
        Dialogs.WaitForAssertion(() => Dialogs.FindAll("button").Single(b => b.TextContent.Trim() == "Delete").Click());

        page.WaitForAssertion(() => Assert.Equal("This role is assigned to application users; remove it from them first.", page.Find("[data-testid=roles-problem]").TextContent.Trim()));
        Assert.Single(page.FindAll("[data-testid=role-name]"));
    }

    [Fact]
    public void NewRole_WithAName_AppearsInTheList()
    {
        var page = RenderPage<SecurityRoles>();

        page.Find("[data-testid=new-role]").Click();
        Dialogs.WaitForAssertion(() => Dialogs.Find("#role-name").Change("HRIS integration with Acme"));
        Dialogs.Find("[data-testid=role-save]").Click();

        page.WaitForAssertion(() => Assert.Contains(page.FindAll("[data-testid=role-name]"), r => r.TextContent == "HRIS integration with Acme"));
    }

    [Fact]
    public void NewRole_StartsWithNoPrivilege_AndTheAtsTemplateTicksExactlyWhatAnAtsNeeds()
    {
        var page = RenderPage<SecurityRoles>();

        page.Find("[data-testid=new-role]").Click();
        Dialogs.WaitForAssertion(() => Assert.Equal(5, Dialogs.FindAll("input[type=checkbox]").Count));
        Assert.DoesNotContain(Dialogs.FindAll("input[type=checkbox]"), c => c.HasAttribute("checked"));
        Dialogs.Find("[data-testid=role-template-ats]").Click();

        Dialogs.WaitForAssertion(() => Assert.Equal(
            ["privilege-ReadEntityMetadata", "privilege-ReadFieldMetadata", "privilege-ReadRelationshipMetadata", "privilege-WriteExportedCandidates"],
            Dialogs.FindAll("[data-testid^=privilege-]").Where(p => (p.TagName == "INPUT" ? p : p.QuerySelector("input[type=checkbox]"))?.HasAttribute("checked") == true).Select(p => p.GetAttribute("data-testid"))));
    }
}
