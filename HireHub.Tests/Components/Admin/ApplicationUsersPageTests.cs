using Bunit;
using HireHub.Core.Common;
using HireHub.Core.Domain;
using HireHub.Core.Features.Administration;
using HireHub.Web.Components.Pages.Admin;

namespace HireHub.Tests.Components.Admin;

public sealed class ApplicationUsersPageTests : AdminPageTest
{
    [Fact]
    public async Task NewApplicationUser_WithAClientIdThatIsNotAGuid_ShowsTheRuleAtTheField()
    {
        var page = RenderPage<ApplicationUsers>();

        await page.ClickAsync("[data-testid=new-application-user]");
        await Dialogs.ChangeAsync("#application-user-client-id", "not-a-guid");
        await Dialogs.ClickAsync("[data-testid=application-user-save]");

        Dialogs.WaitForAssertion(() => Assert.Contains("The application (client) ID is a GUID", Dialogs.Markup, StringComparison.Ordinal));
    }

    [Fact]
    public void ApplicationUsers_ShowsLinkedInsUserWithItsRole()
    {
        var page = RenderPage<ApplicationUsers>();

        page.WaitForAssertion(() => Assert.Equal("HRIS integration with LinkedIn Talent Hub", page.Find("[data-testid=application-user-roles]").TextContent.Trim()));
    }

    [Fact]
    public async Task NewApplicationUser_ForAConnection_TakesItsClientId_AndManageRolesGivesItARole()
    {
        var ct = Xunit.TestContext.Current.CancellationToken;
        var clientId = Guid.NewGuid().ToString();
        var sam = new Actor("sam.okoye", "Sam Okoye");
        await Get<ConnectionAdministration>().AddAsync(new NewConnection("Acme ATS", AdminRules.GenericAts, clientId, "USMF", "US"), sam, ct);
        await Get<SecurityRoleAdministration>().SaveAsync(new SaveSecurityRole(null, "HRIS integration with Acme", SecurityPrivileges.All), sam, ct);
        var page = RenderPage<ApplicationUsers>();

        await page.ClickAsync("[data-testid=new-application-user]");
        Dialogs.WaitForElement("#application-user-connection");
        Choose(Dialogs, "application-user-connection", "Acme ATS");
        Dialogs.WaitForAssertion(() => Assert.Equal(clientId, Dialogs.Find("#application-user-client-id").GetAttribute("value")));
        await Dialogs.ChangeAsync("#application-user-name", "Acme integration");
        await Dialogs.ChangeAsync("#application-user-first-name", "Acme");
        await Dialogs.ChangeAsync("#application-user-last-name", "Integration");
        await Dialogs.ClickAsync("[data-testid=application-user-save]");

        page.WaitForAssertion(() => Assert.Equal("(no roles)", Row(page, "Acme integration").QuerySelector("[data-testid=application-user-roles]")!.TextContent.Trim()));
        await page.ClickAsync("[aria-label='Manage roles of Acme integration']");
        Dialogs.WaitForAssertion(() => Assert.Single(Dialogs.FindAll("label"), c => c.TextContent.Trim() == "HRIS integration with Acme"));
        await Dialogs.ChangeAsync(() => Dialogs.FindAll("label").Single(c => c.TextContent.Trim() == "HRIS integration with Acme").QuerySelector("input[type=checkbox]")!, true);
        await Dialogs.ClickAsync("[data-testid=manage-roles-save]");

        page.WaitForAssertion(() => Assert.Equal("HRIS integration with Acme", Row(page, "Acme integration").QuerySelector("[data-testid=application-user-roles]")!.TextContent.Trim()));
        var user = Assert.Single(await Get<ApplicationUserAdministration>().ListAsync(clientId, ct));
        Assert.Equal(["HRIS integration with Acme"], user.RoleNames);
    }

    [Fact]
    public async Task ManageRoles_AfterSomeoneElseChangedTheUser_IsRefusedAsStale_AndTheRolesStay()
    {
        var ct = Xunit.TestContext.Current.CancellationToken;
        var page = RenderPage<ApplicationUsers>();
        page.WaitForAssertion(() => Assert.Single(page.FindAll("[data-testid=application-user-name]")));
        var read = Assert.Single(await Get<ApplicationUserAdministration>().ListAsync(ct: ct));
        Assert.True((await Get<ApplicationUserAdministration>().SaveAsync(
            new SaveApplicationUser(read.Id, read.UserName, read.ClientId.ToString(), "Changed", read.LastName, read.PrimaryEmail, read.ConnectionId, read.Version), new Actor("alex.admin", "Alex Admin"), ct)).Succeeded);

        await page.ClickAsync("[data-testid=application-user-roles-manage]");
        await Dialogs.ChangeAsync("input[type=checkbox]", false);
        await Dialogs.ClickAsync("[data-testid=manage-roles-save]");

        Dialogs.WaitForAssertion(() => Assert.Contains("changed by someone else after you opened it", Dialogs.Markup, StringComparison.Ordinal));
        Assert.Single(Assert.Single(await Get<ApplicationUserAdministration>().ListAsync(ct: ct)).RoleIds);
    }

    private static AngleSharp.Dom.IElement Row(IRenderedComponent<ApplicationUsers> page, string userName) =>
        page.FindAll("[data-testid=application-users] tbody tr").Single(r => r.QuerySelector("[data-testid=application-user-name]")?.TextContent == userName);
}
