using Bunit;
using HireHub.Core.Common;
using HireHub.Core.Features.Administration;
using HireHub.Web.Components.Pages.Admin;

namespace HireHub.Tests.Components.Admin;

public sealed class TablesPageTests : AdminPageTest
{
    [Fact]
    public async Task Disable_AfterConfirmingTheConnectionsItStops_ThenEnable_UndoesIt()
    {
        var page = RenderPage<Tables>();
        page.WaitForAssertion(() => Assert.Equal("Enabled", page.Find("[data-testid=table-status]").TextContent.Trim()));
        Assert.Contains(page.FindAll("[data-testid=table-fields] code"), c => c.TextContent == "candidateId");

        await page.ClickAsync("[data-testid=table-disable]");
        Dialogs.WaitForAssertion(() => Assert.Equal("LinkedIn Talent Hub", Dialogs.Find("[data-testid=confirm-affected]").TextContent.Trim()));
        Assert.Equal("Enabled", page.Find("[data-testid=table-status]").TextContent.Trim());
        await Dialogs.ClickAsync("[data-testid=confirm-action]");
        page.WaitForAssertion(() => Assert.Equal("Disabled", page.Find("[data-testid=table-status]").TextContent.Trim()));

        // Refreshing the schema is not the undo: the table stays disabled until Enable.
        await page.ClickAsync("[data-testid=table-generate]");
        page.WaitForAssertion(() => Assert.NotEmpty(page.FindAll("[data-testid=table-enable]")));
        Assert.Equal("Disabled", page.Find("[data-testid=table-status]").TextContent.Trim());

        await page.ClickAsync("[data-testid=table-enable]");
        page.WaitForAssertion(() => Assert.Equal("Enabled", page.Find("[data-testid=table-status]").TextContent.Trim()));
    }

    [Fact]
    public async Task Generate_AfterSomeoneElseDisabledTheTable_IsRefusedAsStale_AndShowsItDisabled()
    {
        var page = RenderPage<Tables>();
        page.WaitForAssertion(() => Assert.Equal("Enabled", page.Find("[data-testid=table-status]").TextContent.Trim()));
        var tables = Get<TableAdministration>();
        var read = await tables.StateAsync(Xunit.TestContext.Current.CancellationToken);
        Assert.True((await tables.DisableAsync(read.Version, new Actor("alex.admin", "Alex Admin"), Xunit.TestContext.Current.CancellationToken)).Succeeded);

        await page.ClickAsync("[data-testid=table-generate]");

        page.WaitForAssertion(() => Assert.Contains("changed by someone else after you opened it", page.Find("[data-testid=table-problem]").TextContent, StringComparison.Ordinal));
        Assert.Equal("Disabled", page.Find("[data-testid=table-status]").TextContent.Trim());
        Assert.False((await tables.StateAsync(Xunit.TestContext.Current.CancellationToken)).IsEnabled);
    }
}
