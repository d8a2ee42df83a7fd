using Bunit;
using HireHub.Core.Features.Administration;
using HireHub.Web.Components.Pages.Admin;

namespace HireHub.Tests.Components.Admin;

/// <summary>
/// Each administration dialog saving while the store fails: the administrator reads "saving failed" in the dialog, which
/// stays open with what they entered, and nothing is stored. Before the one submission helper these dialogs caught
/// nothing, so the exception ended the administrator's circuit.
/// </summary>
public sealed class AdminDialogStoreFailureTests : AdminPageTest
{
    private const string SavingFailed = "Saving failed because of a problem on our side.";

    // Every administrator's save writes its audit event in the same transaction: failing it fails the whole save.
    private const string AuditInsert = "INSERT INTO \"AuditEvents\"";

    [Fact]
    public async Task SecurityRole_WhenTheStoreFails_SaysSavingFailed_AndKeepsTheName()
    {
        var page = RenderPage<SecurityRoles>();
        page.WaitForAssertion(() => Assert.Single(page.FindAll("[data-testid=role-name]")));
        await page.ClickAsync("[data-testid=role-edit]");
        await Dialogs.ChangeAsync("#role-name", "Renamed role");

        await SaveWhileTheStoreFailsAsync("[data-testid=role-save]");

        Assert.Equal("Renamed role", Dialogs.Find("#role-name").GetAttribute("value"));
        Assert.DoesNotContain(await Get<SecurityRoleAdministration>().ListAsync(Xunit.TestContext.Current.CancellationToken), r => r.Name == "Renamed role");
    }

    [Fact]
    public async Task EntraApplication_WhenTheStoreFails_SaysSavingFailed_AndKeepsTheName()
    {
        var page = RenderPage<EntraApplications>();
        page.WaitForAssertion(() => Assert.Single(page.FindAll("[data-testid=entra-application-name]")));
        await page.ClickAsync("[data-testid=entra-application-edit]");
        await Dialogs.ChangeAsync("#entra-name", "Renamed application");

        await SaveWhileTheStoreFailsAsync("[data-testid=entra-application-save]");

        Assert.Equal("Renamed application", Dialogs.Find("#entra-name").GetAttribute("value"));
        Assert.DoesNotContain(await Get<EntraApplicationAdministration>().ListAsync(Xunit.TestContext.Current.CancellationToken), a => a.Name == "Renamed application");
    }

    [Fact]
    public async Task ApplicationUser_WhenTheStoreFails_SaysSavingFailed_AndKeepsTheName()
    {
        var page = RenderPage<ApplicationUsers>();
        page.WaitForAssertion(() => Assert.Single(page.FindAll("[data-testid=application-user-name]")));
        await page.ClickAsync("[data-testid=application-user-edit]");
        await Dialogs.ChangeAsync("#application-user-first-name", "Renamed");

        await SaveWhileTheStoreFailsAsync("[data-testid=application-user-save]");

        Assert.Equal("Renamed", Dialogs.Find("#application-user-first-name").GetAttribute("value"));
        Assert.DoesNotContain(await Get<ApplicationUserAdministration>().ListAsync(ct: Xunit.TestContext.Current.CancellationToken), u => u.FirstName == "Renamed");
    }

    [Fact]
    public async Task ManageRoles_WhenTheStoreFails_SaysSavingFailed_AndTheRolesStay()
    {
        var page = RenderPage<ApplicationUsers>();
        page.WaitForAssertion(() => Assert.Single(page.FindAll("[data-testid=application-user-name]")));
        await page.ClickAsync("[data-testid=application-user-roles-manage]");
        await Dialogs.ChangeAsync("input[type=checkbox]", false);

        await SaveWhileTheStoreFailsAsync("[data-testid=manage-roles-save]");

        Assert.Single(Assert.Single(await Get<ApplicationUserAdministration>().ListAsync(ct: Xunit.TestContext.Current.CancellationToken)).RoleIds);
    }

    [Fact]
    public async Task NewConnection_WhenTheStoreFails_SaysSavingFailed_AndKeepsTheName()
    {
        var page = RenderPage<Integrations>();
        page.WaitForAssertion(() => Assert.Equal(2, page.FindAll("[data-testid=connection-name]").Count));
        await page.ClickAsync("[data-testid=add-connection]");
        Dialogs.WaitForElement("#connection-provider");
        Choose(Dialogs, "connection-provider", "Generic ATS");
        await Dialogs.ChangeAsync("#connection-name", "Acme ATS");
        await Dialogs.ChangeAsync("#connection-client-id", Guid.NewGuid().ToString());
        Choose(Dialogs, "connection-legal-entity", "USMF · Contoso Entertainment System USA");

        await SaveWhileTheStoreFailsAsync("[data-testid=connection-save]");

        Assert.Equal("Acme ATS", Dialogs.Find("#connection-name").GetAttribute("value"));
        Assert.DoesNotContain(await Get<ConnectionAdministration>().ListAsync(Xunit.TestContext.Current.CancellationToken), c => c.Name == "Acme ATS");
    }

    private async Task SaveWhileTheStoreFailsAsync(string saveButton)
    {
        Store.FailNext(AuditInsert, transient: false);

        await Dialogs.InvokeAsync(() => Dialogs.Find(saveButton).Click());

        Dialogs.WaitForAssertion(() => Assert.Contains(SavingFailed, Dialogs.Find(".mud-alert").TextContent, StringComparison.Ordinal));
        Assert.Equal(1, Store.Failures);
    }
}
