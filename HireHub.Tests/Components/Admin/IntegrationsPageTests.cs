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
    public async Task AddConnection_OpensEmpty_ThenLinkedInBringsItsApplicationId_AndTheLegalEntityItsPhoneRegion()
    {
        var page = RenderPage<Integrations>();

        await page.ClickAsync("[data-testid=add-connection]");

        Dialogs.WaitForElement("#connection-provider");
        Assert.Equal(["", "", ""], new[] { "#connection-name", "#connection-client-id", "#connection-phone-region" }.Select(f => Dialogs.Find(f).GetAttribute("value") ?? ""));
        Assert.All(
            new[] { "connection-provider", "connection-name", "connection-client-id", "connection-legal-entity", "connection-phone-region" },
            id => Assert.NotNull(Dialogs.Find($"#{id}").Closest(".mud-input-control")!.QuerySelector("[aria-required=true], [required]")));
        Choose(Dialogs, "connection-provider", "LinkedIn Talent Hub");
        Dialogs.WaitForAssertion(() => Assert.Equal("3a225c96-d62a-44ce-b3ec-bd4e8e9befef", Dialogs.Find("#connection-client-id").GetAttribute("value")));
        Assert.Equal("", Dialogs.Find("#connection-name").GetAttribute("value") ?? "");
        Choose(Dialogs, "connection-legal-entity", "DEMF · Contoso Entertainment System Germany");
        Dialogs.WaitForAssertion(() => Assert.Equal("Germany (DE)", Dialogs.Find("#connection-phone-region").GetAttribute("value")));
    }

    [Fact]
    public async Task EditConnection_SavesTheNewDefaults_AndTheListShowsThem()
    {
        var page = RenderPage<Integrations>();
        page.WaitForAssertion(() => Assert.Equal(2, page.FindAll("[data-testid=connection-name]").Count));

        await page.ClickAsync("[aria-label='Edit LinkedIn Talent Hub']");
        Dialogs.WaitForAssertion(() => Assert.Equal("LinkedIn Talent Hub", Dialogs.Find("#connection-name").GetAttribute("value")));
        Assert.True(Dialogs.Find("#connection-name").HasAttribute("readonly"));
        Choose(Dialogs, "connection-phone-region", "Netherlands (NL)");
        await Dialogs.ClickAsync("[data-testid=connection-save]");

        page.WaitForAssertion(() => Assert.Contains(page.FindAll("td"), td => td.TextContent.Trim() == "NL"));
        var linkedIn = (await Get<ConnectionAdministration>().ListAsync(Xunit.TestContext.Current.CancellationToken)).Single(c => c.Name == HireHub.Core.Data.ReferenceData.LinkedInConnectionName);
        Assert.Equal("NL", linkedIn.DefaultPhoneRegion);
    }
}
