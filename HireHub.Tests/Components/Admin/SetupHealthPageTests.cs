using Bunit;
using HireHub.Core.Common;
using HireHub.Core.Features.Administration;
using HireHub.Web.Components.Pages.Admin;

namespace HireHub.Tests.Components.Admin;

public sealed class SetupHealthPageTests : AdminPageTest
{
    [Fact]
    public async Task HealthCheck_OfLinkedIn_IsGreen_UntilItIsUnlinked()
    {
        var connection = (await Get<ConnectionAdministration>().ListAsync(Xunit.TestContext.Current.CancellationToken)).Single(c => c.Name == HireHub.Core.Data.ReferenceData.LinkedInConnectionName);
        var page = RenderPage<SetupHealthPage>(p => p.Add(x => x.ConnectionId, connection.Id));
        page.WaitForAssertion(() => Assert.Contains("Every step is in place", page.Find("[data-testid=health-summary]").TextContent, StringComparison.Ordinal));
        Assert.All(page.FindAll("[data-passed]"), line => Assert.Equal("true", line.GetAttribute("data-passed")));

        await Get<ConnectionAdministration>().UnlinkAsync(connection.Id, connection.Version, new Actor("sam.okoye", "Sam Okoye"), Xunit.TestContext.Current.CancellationToken);
        await page.ClickAsync("[data-testid=health-refresh]");

        page.WaitForAssertion(() => Assert.Equal("false", page.Find("[data-testid=health-ConnectionLinked]").GetAttribute("data-passed")));
        Assert.Single(page.FindAll("[data-passed=false]"));
        Assert.Equal("admin/integrations", page.Find("[data-testid=health-ConnectionLinked] [data-testid=health-fix]").GetAttribute("href"));
    }
}
