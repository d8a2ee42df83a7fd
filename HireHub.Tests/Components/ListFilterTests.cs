using System.Globalization;
using Bunit;
using HireHub.Core.Common;
using HireHub.Core.Domain;
using HireHub.Core.Features.Candidates;
using HireHub.Core.Features.Exports;
using HireHub.Core.Features.Integrations;
using HireHub.Web.Authentication;
using HireHub.Web.Components.Pages.Exports;
using HireHub.Web.Components.Pages.PersonnelManagement;
using HireHub.Web.Components.Shared;
using Microsoft.AspNetCore.Components;
using Microsoft.Extensions.DependencyInjection;

namespace HireHub.Tests.Components;

/// <summary>The lists the Home page's figures link to, narrowed by the link's query string to what the figure counts.</summary>
public sealed class ListFilterTests : ComponentTestContext
{
    private readonly AtsConnection connection = TestData.Connection();

    public override async ValueTask InitializeAsync()
    {
        await base.InitializeAsync();
        connection.Name = "Greenhouse";
        connection.ClientId = Guid.Parse("0d9b1f1e-8c7a-4b4e-9a43-3c1f0e2d5b77");
        await Data.AddAsync(TestData.LegalEntity(), connection);
    }

    [Fact]
    public async Task CandidatesPanel_LackingHireData_ListsOnlyFlaggedCandidates_AndSaysSo()
    {
        await Data.AddAsync(
            Data.Candidate(connection, "Ann", "Complete"),
            Data.Candidate(connection, "Ben", "Noemail", c => c.Email = null),
            Data.Candidate(connection, "Cleo", "Badphone", c => c.Phone = "555-01"));

        var panel = RenderInHost<CandidatesToHirePanel>(p => p.Add(c => c.Filter, new CandidateListFilter(LacksHireData: true)));

        panel.WaitForAssertion(() => Assert.Equal(["Ben Noemail", "Cleo Badphone"], Names(panel)));
        Assert.Contains("Showing only the candidates with missing data.", panel.Find("[data-testid=candidates-filter]").TextContent, StringComparison.Ordinal);
        Assert.Equal("personnel-management", panel.Find("[data-testid=candidates-filter-clear]").GetAttribute("href"));
        Assert.Equal(2, panel.FindAll("[data-testid=missing-data]").Count);
    }

    [Fact]
    public async Task CandidatesPanel_OpenedWithASearch_ShowsItInTheBoxAndListsTheMatch()
    {
        await Data.AddAsync(Data.Candidate(connection, "Ann", "Lee"), Data.Candidate(connection, "Ben", "Ek"));

        var panel = RenderInHost<CandidatesToHirePanel>(p => p.Add(c => c.InitialSearch, "ben.ek@example.com"));

        panel.WaitForAssertion(() => Assert.Equal(["Ben Ek"], Names(panel)));
        Assert.Equal("ben.ek@example.com", panel.Find("#candidate-search").GetAttribute("value"));
        Assert.Empty(panel.FindAll("[data-testid=candidates-filter]"));
    }

    [Fact]
    public async Task ExportsGrid_NarrowedByStatusRecruiterAndDecisionTime_ListsOnlyThose()
    {
        await Data.AddAsync(
            Data.Candidate(connection, "Ann", "Hers", c => (c.RecruiterEmail, c.Status, c.ActedAt) = ("riya.patel@contoso.com", CandidateStatus.Hired, Now.AddDays(-1))),
            Data.Candidate(connection, "Ben", "Earlier", c => (c.RecruiterEmail, c.Status, c.ActedAt) = ("riya.patel@contoso.com", CandidateStatus.Hired, Now.AddDays(-10))),
            Data.Candidate(connection, "Cleo", "Waiting", c => c.RecruiterEmail = "riya.patel@contoso.com"),
            Data.Candidate(connection, "Dan", "Others", c => (c.RecruiterEmail, c.Status, c.ActedAt) = ("lisa.taylor@contoso.com", CandidateStatus.Hired, Now.AddDays(-1))));
        var filter = new ExportHistoryFilter(CandidateStatus.Hired, "riya.patel@contoso.com", DecidedFrom: Now.AddDays(-7), DecidedTo: Now);

        var grid = RenderInHost<ExportHistoryGrid>(p => p.Add(g => g.Filter, filter));

        grid.WaitForAssertion(() => Assert.Equal(["Ann Hers"], grid.FindAll("[data-testid=export-name]").Select(n => n.TextContent.Trim())));
    }

    [Fact]
    public async Task ExportsPage_FromARecruitersRefusalFigure_OpensTheLogTabNarrowedToTheirAts()
    {
        var log = Services.GetRequiredService<IntegrationLog>();
        await log.RecordAsync(connection.ClientId.ToString(), 403, "Theirs, too old", null, Xunit.TestContext.Current.CancellationToken);
        Time.Advance(TimeSpan.FromDays(2));
        await log.RecordAsync(connection.ClientId.ToString(), 400, "Theirs", "C-1", Xunit.TestContext.Current.CancellationToken);
        await log.RecordAsync(Guid.NewGuid().ToString(), 403, "Someone else's", null, Xunit.TestContext.Current.CancellationToken);
        Auth.SetRoles(HireHubRoles.Recruiter);
        Assert.True(Services.GetRequiredService<PersonTime>().Use("Pacific/Auckland"));
        Services.GetRequiredService<NavigationManager>().NavigateTo($"exports?tab=log&caller={connection.ClientId}&from=2027-03-02");

        var page = RenderInHost<ExportsPage>();

        page.WaitForAssertion(() => Assert.Equal(["Theirs"], page.FindAll("[data-testid=log-reason]").Select(r => r.TextContent)));
        Assert.Equal(
            // The link's midnight UTC is 1 p.m. in Auckland (UTC+13 in March), where this recruiter reads.
            [$"Calls by {connection.ClientId}", $"From {new DateTime(2027, 3, 2, 13, 0, 0).ToString("g", CultureInfo.CurrentCulture)}"],
            page.FindAll("[data-testid=log-filter] [data-testid=filter-item]").Select(i => i.TextContent));
        Assert.Equal("exports?tab=log", page.Find("[data-testid=log-filter-clear]").GetAttribute("href"));
    }

    private static List<string> Names(IRenderedComponent<ComponentHost> panel) =>
        panel.FindAll("[data-testid=candidate-name]").Select(n => n.TextContent.Trim()).ToList();
}
