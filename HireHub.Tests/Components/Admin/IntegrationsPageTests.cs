using Bunit;
using HireHub.Core.Common;
using HireHub.Core.Domain;
using HireHub.Core.Features.Administration;
using HireHub.Web.Components.Pages.Admin;

namespace HireHub.Tests.Components.Admin;

public sealed class IntegrationsPageTests : AdminPageTest
{
    [Fact]
    public async Task Unlink_AfterConfirming_ShowsLinkedInUnlinked_AndLinkBringsItBack()
    {
        var page = RenderPage<Integrations>();
        page.WaitForAssertion(() => Assert.Equal("Linked", page.Find("[data-testid=connection-status]").TextContent.Trim()));

        await page.ClickAsync("[data-testid=connection-unlink]");
        Dialogs.WaitForAssertion(() => Assert.Contains("Candidates it has already exported stay.", Dialogs.Markup, StringComparison.Ordinal));
        await Dialogs.ClickButtonAsync("Unlink");

        page.WaitForAssertion(() => Assert.Equal("Unlinked", page.Find("[data-testid=connection-status]").TextContent.Trim()));
        Assert.Equal(ConnectionStatus.Unlinked, (await Get<ConnectionAdministration>().ListAsync(Xunit.TestContext.Current.CancellationToken)).Single(c => c.Name == HireHub.Core.Data.ReferenceData.LinkedInConnectionName).Status);

        await page.ClickAsync("[data-testid=connection-link]");

        page.WaitForAssertion(() => Assert.Equal("Linked", page.Find("[data-testid=connection-status]").TextContent.Trim()));
    }

    [Fact]
    public async Task Link_WithoutAnApplicationUserThatMayWrite_IsRefusedWithTheReason()
    {
        await Get<ConnectionAdministration>().AddAsync(new NewConnection("Acme ATS", AdminRules.GenericAts, Guid.NewGuid().ToString(), "USMF", "US"), new Actor("sam.okoye", "Sam Okoye"), Xunit.TestContext.Current.CancellationToken);
        var page = RenderPage<Integrations>();
        page.WaitForAssertion(() => Assert.Equal(3, page.FindAll("[data-testid=connection-name]").Count));

        await page.ClickAsync("[aria-label='Link Acme ATS']");

        page.WaitForAssertion(() => Assert.Contains("cannot be linked yet", page.Find("[data-testid=integrations-problem]").TextContent, StringComparison.Ordinal));
    }

    [Fact]
    public async Task AddConnection_ForLinkedIn_PrefillsItsApplicationId()
    {
        var page = RenderPage<Integrations>();

        await page.ClickAsync("[data-testid=add-connection]");

        Dialogs.WaitForAssertion(() => Assert.Equal("3a225c96-d62a-44ce-b3ec-bd4e8e9befef", Dialogs.Find("#connection-client-id").GetAttribute("value")));
    }
}
