using Bunit;
using HireHub.Web.Components.Pages.Admin;

namespace HireHub.Tests.Components.Admin;

public sealed class ApplicationUsersPageTests : AdminPageTest
{
    [Fact]
    public void NewApplicationUser_WithAClientIdThatIsNotAGuid_ShowsTheRuleAtTheField()
    {
        var page = RenderPage<ApplicationUsers>();

        page.Find("[data-testid=new-application-user]").Click();
        Dialogs.WaitForAssertion(() => Dialogs.Find("#application-user-client-id").Change("not-a-guid"));
        Dialogs.Find("[data-testid=application-user-save]").Click();

        Dialogs.WaitForAssertion(() => Assert.Contains("The application (client) ID is a GUID", Dialogs.Markup, StringComparison.Ordinal));
    }

    [Fact]
    public void ApplicationUsers_ShowsLinkedInsUserWithItsRole()
    {
        var page = RenderPage<ApplicationUsers>();

        page.WaitForAssertion(() => Assert.Equal("HRIS integration with LinkedIn Talent Hub", page.Find("[data-testid=application-user-roles]").TextContent.Trim()));
    }
}
