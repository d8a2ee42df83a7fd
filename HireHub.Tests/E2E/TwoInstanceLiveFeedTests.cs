using System.Diagnostics;
using System.Net;
using System.Text;
using HireHub.Core.Common;
using HireHub.Core.Data;
using HireHub.Core.Features.Candidates;
using HireHub.Tests.Api;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace HireHub.Tests.E2E;

/// <summary>
/// Two app instances on one SQLite file, each on its own port, as two servers behind a load balancer: an HR
/// professional's Candidates to hire panel, open on one instance, shows a candidate an ATS exported through the other
/// instance's API, and drops it when HR on the other instance dismisses it, without a reload. Nothing in-process is
/// shared between the two hosts (each has its own services), so only the database's change log can carry it.
/// </summary>
public sealed class TwoInstanceLiveFeedTests(ChromiumWithHireHub chromium) : BrowserTest(chromium), IClassFixture<ChromiumWithHireHub>
{
    private const string Name = "Zephyrine Quillfeather";

    [Fact]
    public async Task PanelOnOneInstance_ShowsAnExportAndADecisionMadeThroughTheOther_WithoutAReload()
    {
        await using var exporting = App.SecondInstance();
        exporting.Start();
        Assert.NotEqual(App.Address, exporting.Address);
        await SignInAsync("hanna.reyes", "/personnel-management");
        var panel = Page.GetByTestId("candidates-to-hire");
        await Page.Locator("#candidate-search").FillAsync("Quillfeather");
        await Expect(panel.GetByTestId("no-candidates")).ToHaveTextAsync("No candidates match \"Quillfeather\".");
        var pageLoads = 0;
        Page.Load += (_, _) => pageLoads++;

        using var api = exporting.LiveApiClient(ApiAppFactory.LinkedInClientId);
        using var request = new HttpRequestMessage(HttpMethod.Post, ApiCalls.ExportsPath)
        {
            Content = new StringContent(ApiCalls.Candidate("TWO-INSTANCES-1", c => (c["firstName"], c["lastName"]) = ("Zephyrine", "Quillfeather")).ToJsonString(), Encoding.UTF8, "application/json"),
        };
        request.Headers.Add("Idempotency-Key", "two-instances-1");
        using var exported = await api.SendAsync(request, TestContext.Current.CancellationToken);
        var sinceExport = Stopwatch.StartNew();
        Assert.Equal(HttpStatusCode.Created, exported.StatusCode);

        var row = panel.GetByRole(AriaRole.Row).Filter(new() { Has = Page.GetByTestId("candidate-name").GetByText(Name, new() { Exact = true }) });
        await Expect(row).ToHaveCountAsync(1);
        var shownAfter = sinceExport.Elapsed;
        await panel.ScreenshotAsync(new() { Path = Path.Combine(ArtifactsFolder, "two-instances-live-export.png") });

        var id = Guid.Parse((await exported.JsonAsync())["id"]!.GetValue<string>());
        var dismissed = await exporting.Services.GetRequiredService<CandidateDecisionService>().DismissAsync(id, new Actor("marcus.lee", "Marcus Lee"), TestContext.Current.CancellationToken);
        Assert.True(dismissed.Succeeded, dismissed.Problem?.Message);
        var sinceDecision = Stopwatch.StartNew();

        await Expect(row).ToHaveCountAsync(0);
        await Expect(panel.GetByTestId("no-candidates")).ToBeVisibleAsync();
        TestContext.Current.TestOutputHelper?.WriteLine(
            $"Export through {exporting.Address} shown on {App.Address} after {shownAfter.TotalMilliseconds:0} ms; dismissal there gone here after {sinceDecision.Elapsed.TotalMilliseconds:0} ms.");
        Assert.Equal(0, pageLoads);
        Assert.Equal(App.DatabasePath, exporting.DatabasePath);
        Assert.NotSame(App.Services.GetRequiredService<CandidateFeed>(), exporting.Services.GetRequiredService<CandidateFeed>());
        Assert.NotSame(App.Services.GetRequiredService<Microsoft.EntityFrameworkCore.IDbContextFactory<HireHubDbContext>>(), exporting.Services.GetRequiredService<Microsoft.EntityFrameworkCore.IDbContextFactory<HireHubDbContext>>());
    }
}
