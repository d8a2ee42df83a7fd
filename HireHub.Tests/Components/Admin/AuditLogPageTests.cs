using System.Globalization;
using Bunit;
using HireHub.Core.Common;
using HireHub.Core.Data;
using HireHub.Core.Domain;
using HireHub.Core.Features.Administration;
using HireHub.Web.Components.Pages.Admin;

namespace HireHub.Tests.Components.Admin;

public sealed class AuditLogPageTests : AdminPageTest
{
    private static CancellationToken Ct => Xunit.TestContext.Current.CancellationToken;

    [Fact]
    public async Task AuditLog_ShowsAnAdministratorsChange_NewestFirst_WithWhoAndWhat()
    {
        var linkedIn = (await Get<ConnectionAdministration>().ListAsync(Ct)).Single(c => c.Name == ReferenceData.LinkedInConnectionName);
        await Get<ConnectionAdministration>().UnlinkAsync(linkedIn.Id, linkedIn.Version, new Actor("sam.okoye", "Sam Okoye"), Ct);

        var page = RenderPage<AuditLog>();

        page.WaitForAssertion(() => Assert.NotEmpty(Rows(page)));
        var newest = Rows(page)[0];
        Assert.Contains("Sam Okoye", newest, StringComparison.Ordinal);
        // In words, not the code's name for it (ConnectionUnlinked).
        Assert.Contains("Connection unlinked", newest, StringComparison.Ordinal);
        Assert.Contains(linkedIn.Id.ToString(), newest, StringComparison.Ordinal);
    }

    [Fact]
    public async Task ActionFilter_NarrowsTheList_AndTheCsvLinkCarriesIt()
    {
        var roles = Get<SecurityRoleAdministration>();
        await roles.SaveAsync(new SaveSecurityRole(null, "Read only", SecurityPrivileges.ReadMetadata), new Actor("sam.okoye", "Sam Okoye"), Ct);
        var linkedIn = (await Get<ConnectionAdministration>().ListAsync(Ct)).Single(c => c.Name == ReferenceData.LinkedInConnectionName);
        await Get<ConnectionAdministration>().UnlinkAsync(linkedIn.Id, linkedIn.Version, new Actor("sam.okoye", "Sam Okoye"), Ct);
        var page = RenderPage<AuditLog>();
        page.WaitForAssertion(() => Assert.True(Rows(page).Count >= 2));

        await page.TypeAsync("#audit-action", AdminAuditActions.SecurityRoleSaved);

        page.WaitForAssertion(() => Assert.Single(Rows(page)));
        Assert.Contains("Read only", Rows(page)[0], StringComparison.Ordinal);
        // The grid reloads on the new value before the page renders its link again.
        page.WaitForAssertion(() => Assert.Equal($"admin/audit.csv?action={AdminAuditActions.SecurityRoleSaved}", page.Find("[data-testid=audit-csv]").GetAttribute("href")));
    }

    [Theory]
    [InlineData("en-US", "security role SAVED")]
    [InlineData("nl-NL", "beveiligingsrol opgeslagen")]
    public async Task ActionFilter_FindsAnActionByTheWordsThePageShows_InAnyCase(string culture, string typed)
    {
        await Get<SecurityRoleAdministration>().SaveAsync(new SaveSecurityRole(null, "Read only", SecurityPrivileges.ReadMetadata), new Actor("sam.okoye", "Sam Okoye"), Ct);
        var linkedIn = (await Get<ConnectionAdministration>().ListAsync(Ct)).Single(c => c.Name == ReferenceData.LinkedInConnectionName);
        await Get<ConnectionAdministration>().UnlinkAsync(linkedIn.Id, linkedIn.Version, new Actor("sam.okoye", "Sam Okoye"), Ct);
        var (current, currentUi) = (CultureInfo.CurrentCulture, CultureInfo.CurrentUICulture);
        CultureInfo.CurrentCulture = CultureInfo.CurrentUICulture = CultureInfo.GetCultureInfo(culture);
        try
        {
            var page = RenderPage<AuditLog>();
            page.WaitForAssertion(() => Assert.True(Rows(page).Count >= 2));

            await page.TypeAsync("#audit-action", typed);

            page.WaitForAssertion(() => Assert.Single(Rows(page)));
            Assert.Contains("Read only", Rows(page)[0], StringComparison.Ordinal);
        }
        finally
        {
            (CultureInfo.CurrentCulture, CultureInfo.CurrentUICulture) = (current, currentUi);
        }
    }

    [Fact]
    public async Task ActionFilter_ThatMatchesNothing_SaysSo()
    {
        var page = RenderPage<AuditLog>();

        await page.TypeAsync("#audit-action", "NoSuchAction");

        page.WaitForAssertion(() => Assert.Contains("No events match.", page.Find("[data-testid=audit-grid]").TextContent, StringComparison.Ordinal));
    }

    private static List<string> Rows(IRenderedComponent<AuditLog> page) =>
        [.. page.FindAll("[data-testid=audit-grid] tbody tr.mud-table-row").Select(r => r.TextContent)];
}
