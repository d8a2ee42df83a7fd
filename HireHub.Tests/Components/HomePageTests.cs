using System.Globalization;
using System.Security.Claims;
using AngleSharp.Dom;
using Bunit;
using HireHub.Core.Common;
using HireHub.Core.Data;
using HireHub.Core.Domain;
using HireHub.Core.Features.Integrations;
using HireHub.Core.Features.Privacy;
using HireHub.Web.Authentication;
using HireHub.Web.Components.Pages.Dashboard;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace HireHub.Tests.Components;

/// <summary>The Home page: a section per role the person holds, each figure a link to the list it counts.</summary>
public sealed class HomePageTests : ComponentTestContext
{
    private const string RiyasEmail = "riya.patel@contoso.com";
    private readonly AtsConnection connection = TestData.Connection();

    public override async ValueTask InitializeAsync()
    {
        await base.InitializeAsync();
        connection.Name = "Greenhouse";
        connection.ClientId = Guid.Parse("6f0c3c1e-1a53-4f1e-9f51-4a1c2b7d9e01");
        await Data.AddAsync(TestData.LegalEntity(), TestData.LegalEntity("DEMF", "Contoso Germany"), connection);
    }

    [Fact]
    public async Task ForHr_ShowsTheDaysWork_EachFigureLinkingToItsList()
    {
        // Monday 1 March 2027: this week began today.
        var soon = Data.Candidate(connection, "Ann", "Soon", c => c.StartDate = Data.Today.AddDays(3));
        var hired = Data.Candidate(connection, "Ben", "Hired", c => (c.Status, c.ActedAt) = (CandidateStatus.Hired, Now.AddHours(-1)));
        await Data.AddAsync(
            soon,
            Data.Candidate(connection, "Cleo", "Noemail", c => c.Email = null),
            Data.Candidate(connection, "Dan", "Later"),
            hired,
            Data.Worker("000042", "Eve", "Starter", configure: w => w.Employments[0].StartDate = Data.Today.AddDays(5)));
        SignInAs("hanna.reyes", "Hanna Reyes", null, HireHubRoles.HR);

        var home = Render<Home>();

        home.WaitForElement("[data-testid=figure-waiting]");
        Assert.Equal(("3", "personnel-management"), Figure(home, "figure-waiting"));
        Assert.Equal(("1", "personnel-management?missing=true"), Figure(home, "figure-lacking-data"));
        Assert.Equal(("1", "personnel-management?startingWithin=7"), Figure(home, "figure-ageing"));
        Assert.Equal(("1", "personnel-management#starting-soon"), Figure(home, "figure-starters"));
        var alert = Assert.Single(home.FindAll("[data-testid=ageing-candidate]"));
        Assert.Equal("personnel-management?search=ann.soon@example.com", alert.GetAttribute("href"));
        Assert.Contains("Ann Soon", alert.TextContent, StringComparison.Ordinal);
        Assert.Contains("Starts in 3 days", alert.TextContent, StringComparison.Ordinal);
        Assert.Contains("Eve Starter", home.Find("[data-testid=home-starters]").TextContent, StringComparison.Ordinal);

        // The chart's table: this week (the last column) received all four and hired one, each linking to those exports.
        var received = home.FindAll("[data-testid=hr-weekly-table] tbody tr")[0].QuerySelectorAll("td a");
        var hires = home.FindAll("[data-testid=hr-weekly-table] tbody tr")[1].QuerySelectorAll("td a");
        Assert.Equal((12, "4", "exports?receivedFrom=2027-03-01&receivedTo=2027-03-08"), (received.Length, received[^1].TextContent, received[^1].GetAttribute("href")));
        Assert.Equal(("1", "exports?status=Hired&decidedFrom=2027-03-01&decidedTo=2027-03-08"), (hires[^1].TextContent, hires[^1].GetAttribute("href")));
        Assert.Equal("Exports received in the week starting 1 Mar: 4", received[^1].GetAttribute("aria-label"));
        Assert.Equal("Week starting", home.Find("[data-testid=hr-weekly-table] thead th").TextContent);
        Assert.Contains("UTC", home.Find("[data-testid=hr-weekly]").TextContent, StringComparison.Ordinal);

        Assert.Empty(home.FindAll("[data-testid=home-recruiter]"));
        Assert.Empty(home.FindAll("[data-testid=home-admin]"));
    }

    [Fact]
    public async Task ForHr_InDutchInAuckland_WeeksAreTheirsAndTheTextDutch()
    {
        // Sunday 28 February 12:00 UTC is Monday 1 March 01:00 in Auckland (UTC+13): this week there, last week in UTC.
        var sunday = Data.Candidate(connection, "Ann", "Sunday");
        await Data.AddAsync(sunday, Data.Candidate(connection, "Ben", "Today"));
        await using (var db = await Services.GetRequiredService<IDbContextFactory<HireHubDbContext>>().CreateDbContextAsync(Xunit.TestContext.Current.CancellationToken))
        {
            await db.ExportedCandidates.Where(c => c.Id == sunday.Id)
                .ExecuteUpdateAsync(u => u.SetProperty(c => c.ReceivedAt, new DateTimeOffset(2027, 2, 28, 12, 0, 0, TimeSpan.Zero)), Xunit.TestContext.Current.CancellationToken);
        }

        Assert.True(Services.GetRequiredService<PersonTime>().Use("Pacific/Auckland"));
        SignInAs("hanna.reyes", "Hanna Reyes", null, HireHubRoles.HR);
        var (culture, uiCulture) = (CultureInfo.CurrentCulture, CultureInfo.CurrentUICulture);
        CultureInfo.CurrentCulture = CultureInfo.CurrentUICulture = CultureInfo.GetCultureInfo("nl-NL");
        try
        {
            var home = Render<Home>();

            home.WaitForElement("[data-testid=hr-weekly-table]");
            var received = home.FindAll("[data-testid=hr-weekly-table] tbody tr")[0].QuerySelectorAll("td a");
            Assert.Equal(
                ("2", "exports?receivedFrom=2027-02-28T11%3A00%3A00Z&receivedTo=2027-03-07T11%3A00%3A00Z"),
                (received[^1].TextContent, received[^1].GetAttribute("href")));
            Assert.Equal("0", received[^2].TextContent);
            Assert.Equal("1 mrt", home.FindAll("[data-testid=hr-weekly-table] thead th")[^1].TextContent);
            Assert.Equal("Week vanaf", home.Find("[data-testid=hr-weekly-table] thead th").TextContent);
            Assert.Contains("in uw tijdzone (Pacific/Auckland)", home.Find("[data-testid=hr-weekly]").TextContent, StringComparison.Ordinal);
            Assert.Equal("Kandidaten die wachten op aanstelling", home.Find("[data-testid=figure-waiting] .figure-label").TextContent);
        }
        finally
        {
            (CultureInfo.CurrentCulture, CultureInfo.CurrentUICulture) = (culture, uiCulture);
        }
    }

    [Fact]
    public async Task ForHrOfOneLegalEntity_CountsOnlyTheirCandidates()
    {
        await Data.AddAsync(
            new HireHubPerson { Id = "marcus.lee", Name = "Marcus Lee", Roles = "HR", LegalEntityIds = "USMF" },
            Data.Candidate(connection, "Ann", "Usmf", c => c.LegalEntityId = "USMF"),
            Data.Candidate(connection, "Ben", "Demf", c => (c.LegalEntityId, c.StartDate) = ("DEMF", Data.Today.AddDays(1))));
        SignInAs("marcus.lee", "Marcus Lee", null, HireHubRoles.HR);

        var home = Render<Home>();

        home.WaitForElement("[data-testid=figure-waiting]");
        Assert.Equal("1", Figure(home, "figure-waiting").Value);
        Assert.Equal("0", Figure(home, "figure-ageing").Value);
        Assert.Empty(home.FindAll("[data-testid=ageing-candidate]"));
    }

    [Fact]
    public async Task ForRecruiter_ShowsTheirExportsByStatus_AndTheirAtsRefusals()
    {
        await Data.AddAsync(
            Data.Candidate(connection, "Ann", "Waits", c => c.RecruiterEmail = RiyasEmail),
            Data.Candidate(connection, "Ben", "Hired", c => (c.RecruiterEmail, c.Status, c.ActedAt) = (RiyasEmail, CandidateStatus.Hired, Now)),
            Data.Candidate(connection, "Cleo", "Someone", c => c.RecruiterEmail = "lisa.taylor@contoso.com"));
        await Services.GetRequiredService<IntegrationLog>().RecordAsync(connection.ClientId.ToString(), 403, "Not allowed", null, Xunit.TestContext.Current.CancellationToken);
        SignInAs("riya.patel", "Riya Patel", RiyasEmail, HireHubRoles.Recruiter);

        var home = Render<Home>();

        home.WaitForElement("[data-testid=figure-status-NotProcessed]");
        Assert.Equal(("1", "exports?status=NotProcessed&recruiter=riya.patel@contoso.com"), Figure(home, "figure-status-NotProcessed"));
        Assert.Equal(("1", "exports?status=Hired&recruiter=riya.patel@contoso.com"), Figure(home, "figure-status-Hired"));
        Assert.Equal("0", Figure(home, "figure-status-NotHired").Value);
        Assert.Equal("0", Figure(home, "figure-status-Dismissed").Value);
        Assert.Equal(
            ("1", $"exports?tab=log&caller={connection.ClientId}&from=2027-02-22T09%3A00%3A00Z"),
            Figure(home, $"figure-refusals-{connection.Id}"));
        Assert.Contains("Refused calls from Greenhouse", home.Find($"[data-testid=figure-refusals-{connection.Id}]").TextContent, StringComparison.Ordinal);
        var received = home.FindAll("[data-testid=recruiter-weekly-table] tbody tr")[0].QuerySelectorAll("td a");
        Assert.Equal(("2", "exports?recruiter=riya.patel@contoso.com&receivedFrom=2027-03-01&receivedTo=2027-03-08"), (received[^1].TextContent, received[^1].GetAttribute("href")));
        Assert.Empty(home.FindAll("[data-testid=home-hr]"));
        Assert.Empty(home.FindAll("[data-testid=home-admin]"));
    }

    [Fact]
    public void ForRecruiterWithoutAnEmail_SaysWhyNoExportsAreTheirs()
    {
        SignInAs("riya.patel", "Riya Patel", null, HireHubRoles.Recruiter);

        var home = Render<Home>();

        Assert.Contains("no email address", home.Find("[data-testid=home-recruiter-no-email]").TextContent, StringComparison.Ordinal);
    }

    [Fact]
    public async Task ForAdmin_ShowsConnectionHealth_RefusalsPerDay_AndTheLastSweep()
    {
        var ct = Xunit.TestContext.Current.CancellationToken;
        await Services.GetRequiredService<IntegrationLog>().RecordAsync(null, 401, "No token", null, ct);
        await Services.GetRequiredService<RetentionSweep>().RunAsync(ct);
        SignInAs("sam.okoye", "Sam Okoye", null, HireHubRoles.Admin);

        var home = Render<Home>();

        home.WaitForElement("[data-testid=connection-health]");
        var health = home.FindAll("[data-testid=connection-health]").ToDictionary(a => a.QuerySelector("span span")!.TextContent.Trim());
        Assert.Equal(["Greenhouse", "LinkedIn Talent Hub"], health.Keys.Order());
        Assert.Equal(("false", $"admin/integrations/{connection.Id}/health"), (health["Greenhouse"].GetAttribute("data-passed"), health["Greenhouse"].GetAttribute("href")));
        Assert.Contains("Application user", health["Greenhouse"].TextContent, StringComparison.Ordinal);
        Assert.Contains("Entra application", health["LinkedIn Talent Hub"].TextContent, StringComparison.Ordinal);

        var today = home.FindAll("[data-testid=admin-refusals-table] tbody tr")[0].QuerySelectorAll("td a")[^1];
        Assert.Equal(("1", "admin/integration-log?from=2027-03-01&to=2027-03-02"), (today.TextContent, today.GetAttribute("href")));

        Assert.Contains("finished", home.Find("[data-testid=retention-last-run]").TextContent, StringComparison.Ordinal);
        Assert.Equal("0", Figure(home, "figure-retention-flagged").Value);
        Assert.Equal(
            "admin/audit?action=CandidateRetentionFlagged&actor=Retention%20policy&from=2027-03-01T09%3A00%3A00Z&to=2027-03-01T09%3A00%3A01Z",
            Figure(home, "figure-retention-flagged").Href);
        Assert.Equal("admin/audit?record=RetentionSweep", home.Find("[data-testid=retention-runs]").GetAttribute("href"));
        Assert.Empty(home.FindAll("[data-testid=home-hr]"));
    }

    [Fact]
    public void ForSomeoneWithEveryRole_ShowsEachSection()
    {
        SignInAs("pat.all", "Pat All", "pat.all@contoso.com", HireHubRoles.HR, HireHubRoles.Recruiter, HireHubRoles.Admin);

        var home = Render<Home>();

        home.WaitForAssertion(() => Assert.Equal(
            ["home-recruiter", "home-hr", "home-admin"],
            home.FindAll("section.home-section").Select(s => s.GetAttribute("data-testid"))));
        home.WaitForElement("[data-testid=figure-waiting]");
        home.WaitForElement("[data-testid=figure-status-Hired]");
        home.WaitForElement("[data-testid=connection-health]");
    }

    private void SignInAs(string id, string name, string? email, params string[] roles)
    {
        Auth.SetAuthorized(name);
        Auth.SetRoles(roles);
        Auth.SetClaims([new Claim(ClaimTypes.NameIdentifier, id), .. email is null ? Array.Empty<Claim>() : [new Claim(ClaimTypes.Email, email)]]);
    }

    private static (string Value, string? Href) Figure(IRenderedComponent<Home> home, string testId)
    {
        IElement figure = home.Find($"[data-testid={testId}]");
        return (figure.QuerySelector("[data-testid=figure-value]")!.TextContent, figure.GetAttribute("href"));
    }
}
