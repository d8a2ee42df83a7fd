using Bunit;
using HireHub.Core.Common;
using HireHub.Core.Data;
using HireHub.Core.Domain;
using HireHub.Core.Features.Administration;
using HireHub.Web.Components.Pages.Admin;

namespace HireHub.Tests.Components.Admin;

public sealed class RoutingRulesPageTests : AdminPageTest
{
    private static CancellationToken Ct => Xunit.TestContext.Current.CancellationToken;

    [Fact]
    public async Task AddRule_IsListedInPlainWords_AndDeleteRemovesIt()
    {
        var linkedIn = await LinkedInAsync();
        var page = RenderPage<RoutingRules>(p => p.Add(x => x.ConnectionId, linkedIn.Id));
        page.WaitForAssertion(() => Assert.Contains("USMF", page.Find("[data-testid=routing-default]").TextContent, StringComparison.Ordinal));

        await page.ChangeAsync("#routing-contains", "Berlin");
        Choose(page, "routing-legal-entity", "DEMF · Contoso Entertainment System Germany");
        await page.ClickAsync("[data-testid=routing-add]");

        page.WaitForAssertion(() => Assert.Equal("Location contains “Berlin”", page.Find("[data-testid=routing-rule]").TextContent.Trim()));
        Assert.Equal("DEMF", Assert.Single((await Get<RoutingRuleAdministration>().ListAsync(linkedIn.Id, Ct)).Rules).LegalEntityId);

        await page.ClickAsync("[data-testid=routing-delete]");

        page.WaitForAssertion(() => Assert.Empty(page.FindAll("[data-testid=routing-rule]")));
        Assert.Empty((await Get<RoutingRuleAdministration>().ListAsync(linkedIn.Id, Ct)).Rules);
    }

    [Fact]
    public async Task AddRule_WithoutTextOrLegalEntity_ShowsBothRulesAtTheirFields_AndAddsNothing()
    {
        var linkedIn = await LinkedInAsync();
        var page = RenderPage<RoutingRules>(p => p.Add(x => x.ConnectionId, linkedIn.Id));
        page.WaitForAssertion(() => Assert.Contains("USMF", page.Find("[data-testid=routing-default]").TextContent, StringComparison.Ordinal));

        await page.ClickAsync("[data-testid=routing-add]");

        page.WaitForAssertion(() => Assert.Contains("Enter the text the field must contain.", page.Markup, StringComparison.Ordinal));
        Assert.Contains("Choose a legal entity.", page.Markup, StringComparison.Ordinal);
        Assert.Empty((await Get<RoutingRuleAdministration>().ListAsync(linkedIn.Id, Ct)).Rules);
    }

    [Fact]
    public async Task AddRule_AfterSomeoneElseChangedTheRules_IsRefusedAsStale_AndShowsTheirRule()
    {
        var linkedIn = await LinkedInAsync();
        var page = RenderPage<RoutingRules>(p => p.Add(x => x.ConnectionId, linkedIn.Id));
        page.WaitForAssertion(() => Assert.Contains("USMF", page.Find("[data-testid=routing-default]").TextContent, StringComparison.Ordinal));
        var routing = Get<RoutingRuleAdministration>();
        var read = await routing.ListAsync(linkedIn.Id, Ct);
        Assert.True((await routing.AddAsync(new NewRoutingRule(linkedIn.Id, RoutingField.JobTitle, "Engineer", "USRT", read.ConnectionVersion), new Actor("alex.admin", "Alex Admin"), Ct)).Succeeded);

        await page.ChangeAsync("#routing-contains", "Berlin");
        Choose(page, "routing-legal-entity", "DEMF · Contoso Entertainment System Germany");
        await page.ClickAsync("[data-testid=routing-add]");

        page.WaitForAssertion(() => Assert.Contains("changed by someone else after you opened it", page.Find("[data-testid=routing-problem]").TextContent, StringComparison.Ordinal));
        Assert.Equal("Job title contains “Engineer”", page.Find("[data-testid=routing-rule]").TextContent.Trim());
        Assert.Single((await routing.ListAsync(linkedIn.Id, Ct)).Rules);
    }

    private async Task<ConnectionSummary> LinkedInAsync() =>
        (await Get<ConnectionAdministration>().ListAsync(Ct)).Single(c => c.Name == ReferenceData.LinkedInConnectionName);
}
