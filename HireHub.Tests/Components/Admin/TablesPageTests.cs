using Bunit;
using HireHub.Web.Components.Pages.Admin;

namespace HireHub.Tests.Components.Admin;

public sealed class TablesPageTests : AdminPageTest
{
    [Fact]
    public void Disable_ThenGenerate_EnablesTheTableAgain()
    {
        var page = RenderPage<Tables>();
        page.WaitForAssertion(() => Assert.Equal("Enabled", page.Find("[data-testid=table-status]").TextContent.Trim()));
        Assert.Contains(page.FindAll("[data-testid=table-fields] code"), c => c.TextContent == "candidateId");

        page.Find("[data-testid=table-disable]").Click();
        page.WaitForAssertion(() => Assert.Equal("Disabled", page.Find("[data-testid=table-status]").TextContent.Trim()));

        page.Find("[data-testid=table-generate]").Click();
        page.WaitForAssertion(() => Assert.Equal("Enabled", page.Find("[data-testid=table-status]").TextContent.Trim()));
    }
}
