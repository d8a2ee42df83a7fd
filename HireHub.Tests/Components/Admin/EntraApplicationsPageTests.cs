using Bunit;
using HireHub.Core.Common;
using HireHub.Core.Features.Administration;
using HireHub.Web.Components.Pages.Admin;

namespace HireHub.Tests.Components.Admin;

public sealed class EntraApplicationsPageTests : AdminPageTest
{
    [Fact]
    public async Task RegisterApplication_WithAnHrActingUser_IsListedWithThem()
    {
        var clientId = Guid.NewGuid().ToString();
        var page = RenderPage<EntraApplications>();
        page.WaitForAssertion(() => Assert.Single(page.FindAll("[data-testid=entra-application-name]")));

        await page.ClickAsync("[data-testid=new-entra-application]");
        await Dialogs.ChangeAsync("#entra-client-id", clientId);
        await Dialogs.ChangeAsync("#entra-name", "HRIS integration with Acme");
        Choose(Dialogs, "entra-acting-user", "Marcus Lee");
        await Dialogs.ClickAsync("[data-testid=entra-application-save]");

        page.WaitForAssertion(() => Assert.Equal(2, page.FindAll("[data-testid=entra-application-name]").Count));
        var row = page.FindAll("[data-testid=entra-applications] tbody tr").Single(r => r.TextContent.Contains(clientId, StringComparison.Ordinal));
        Assert.Equal("Marcus Lee", row.QuerySelector("[data-testid=entra-application-acting]")!.TextContent.Trim());
    }

    [Fact]
    public async Task RegisterApplication_WithoutAnActingUser_ShowsTheRuleAtTheField_AndSavesNothing()
    {
        var page = RenderPage<EntraApplications>();

        await page.ClickAsync("[data-testid=new-entra-application]");
        await Dialogs.ChangeAsync("#entra-client-id", Guid.NewGuid().ToString());
        await Dialogs.ChangeAsync("#entra-name", "HRIS integration with Acme");
        await Dialogs.ClickAsync("[data-testid=entra-application-save]");

        Dialogs.WaitForAssertion(() => Assert.Contains("Choose the acting user.", Dialogs.Markup, StringComparison.Ordinal));
        Assert.Single(await Get<EntraApplicationAdministration>().ListAsync(Xunit.TestContext.Current.CancellationToken));
    }

    [Fact]
    public async Task Edit_AfterSomeoneElseChangedTheApplication_IsRefusedAsStale_AndTheirChangeStays()
    {
        var page = RenderPage<EntraApplications>();
        page.WaitForAssertion(() => Assert.Equal("Hanna Reyes", page.Find("[data-testid=entra-application-acting]").TextContent.Trim()));
        var read = Assert.Single(await Get<EntraApplicationAdministration>().ListAsync(Xunit.TestContext.Current.CancellationToken));
        Assert.True((await Get<EntraApplicationAdministration>().SaveAsync(
            new SaveEntraApplication(read.Id, read.ClientId.ToString(), read.Name, "marcus.lee", read.Version), new Actor("alex.admin", "Alex Admin"), Xunit.TestContext.Current.CancellationToken)).Succeeded);

        await page.ClickAsync("[data-testid=entra-application-edit]");
        await Dialogs.ChangeAsync("#entra-name", "Renamed");
        await Dialogs.ClickAsync("[data-testid=entra-application-save]");

        Dialogs.WaitForAssertion(() => Assert.Contains("changed by someone else after you opened it, so nothing was saved", Dialogs.Markup, StringComparison.Ordinal));
        var stored = Assert.Single(await Get<EntraApplicationAdministration>().ListAsync(Xunit.TestContext.Current.CancellationToken));
        Assert.Equal((read.Name, "marcus.lee"), (stored.Name, stored.ActingPersonId));
    }
}
