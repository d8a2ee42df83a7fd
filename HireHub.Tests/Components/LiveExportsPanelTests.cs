using Bunit;
using HireHub.Core.Common;
using HireHub.Core.Domain;
using HireHub.Core.Features.Candidates;
using HireHub.Core.Features.Exports;
using HireHub.Web.Components.Pages.PersonnelManagement;
using Microsoft.Extensions.DependencyInjection;

namespace HireHub.Tests.Components;

/// <summary>The Candidates to hire panel while an ATS exports: new and revised candidates show up live, with what changed.</summary>
public sealed class LiveExportsPanelTests : ComponentTestContext
{
    private readonly AtsConnection connection = TestData.Connection(defaultLegalEntityId: "USMF");

    public override async ValueTask InitializeAsync()
    {
        await base.InitializeAsync();
        connection.Name = "Greenhouse"; // The reference data already holds LinkedIn Talent Hub, and names are unique.
        await Data.AddAsync(TestData.LegalEntity(), connection);
    }

    [Fact]
    public async Task Panel_WhenAnExportArrivesWhileItIsOpen_ShowsTheNewCandidateWithoutReloading()
    {
        var panel = RenderInHost<CandidatesToHirePanel>();
        panel.WaitForAssertion(() => Assert.NotEmpty(panel.FindAll("[data-testid=no-candidates]")));

        await ExportAsync(Candidate("ATS-1", "Maria", "Campbell"));

        panel.WaitForAssertion(() => Assert.Equal(["Maria Campbell"], panel.FindAll("[data-testid=candidate-name]").Select(n => n.TextContent)));
        Assert.Empty(panel.FindAll("[data-testid=candidate-changed]"));
    }

    [Fact]
    public async Task Panel_WhenACandidateIsReExportedWithChanges_MarksTheRowChanged()
    {
        await ExportAsync(Candidate("ATS-1", "Maria", "Campbell"));
        var panel = RenderInHost<CandidatesToHirePanel>();
        panel.WaitForAssertion(() => Assert.Single(panel.FindAll("[data-testid=candidate-name]")));
        Assert.Empty(panel.FindAll("[data-testid=candidate-changed]"));

        await ExportAsync(Candidate("ATS-1", "Maria", "Campbell-Ortiz"));

        panel.WaitForAssertion(() => Assert.Equal("Changed", panel.Find("[data-testid=candidate-changed]").TextContent.Trim()));
        Assert.Equal("Maria Campbell-Ortiz", panel.Find("[data-testid=candidate-name]").TextContent);
    }

    [Fact]
    public async Task HireDialog_ForAReExportedCandidate_ShowsTheOldAndNewValuesOfTheLastExport()
    {
        var first = await ExportAsync(Candidate("ATS-1", "Maria", "Campbell"));
        await ExportAsync(Candidate("ATS-1", "Maria", "Campbell-Ortiz", c => c.JobTitle = "Staff Engineer"));
        var panel = RenderInHost<CandidatesToHirePanel>();

        await panel.ClickWhenShownAsync($"[data-testid=hire-{first.Id}]");

        panel.WaitForAssertion(() => Assert.Equal(
            [
                ["Last name", "Campbell", "Campbell-Ortiz"],
                ["Job title", "Software Engineer", "Staff Engineer"],
            ],
            panel.FindAll("[data-testid=latest-change]").Select(row => row.QuerySelectorAll("td").Select(td => td.TextContent.Trim()).ToArray()).ToArray()));
        Assert.Contains("What changed in the last export", panel.Find("[data-testid=latest-changes]").TextContent);
    }

    [Fact]
    public async Task HireDialog_ForACandidateExportedOnce_ShowsNoChanges()
    {
        var first = await ExportAsync(Candidate("ATS-1", "Maria", "Campbell"));
        var panel = RenderInHost<CandidatesToHirePanel>();

        await panel.ClickWhenShownAsync($"[data-testid=hire-{first.Id}]");

        panel.WaitForElement("#hire-first-name");
        Assert.Empty(panel.FindAll("[data-testid=latest-changes]"));
    }

    private async Task<ExportedCandidateResource> ExportAsync(ExportCandidate candidate)
    {
        var exports = Services.GetRequiredService<ExportService>();
        var source = await exports.SourceAsync(connection.Id, new Actor("ats-app", "Test ATS"), Xunit.TestContext.Current.CancellationToken);
        var receipt = await exports.ExportAsync(source.Ok(), candidate, ct: Xunit.TestContext.Current.CancellationToken);
        Assert.True(receipt.Succeeded, receipt.Problem?.Message);

        // What the app's follower does every half second: read the change log and tell the open panels.
        await Services.GetRequiredService<CandidateFeed>().CatchUpAsync(Xunit.TestContext.Current.CancellationToken);
        return receipt.Value.Candidate;
    }

    private ExportCandidate Candidate(string candidateId, string firstName, string lastName, Action<ExportCandidate>? with = null)
    {
        var candidate = new ExportCandidate
        {
            CandidateId = candidateId,
            FirstName = firstName,
            LastName = lastName,
            Email = $"{firstName}@example.com".ToLowerInvariant(),
            Phone = "+1 425 555 0199",
            StartDate = Data.Today.AddDays(30).ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture),
            JobTitle = "Software Engineer",
            Location = "Redmond, WA",
        };
        with?.Invoke(candidate);
        return candidate;
    }
}
