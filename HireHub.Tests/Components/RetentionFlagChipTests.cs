using Bunit;
using HireHub.Core.Domain;
using HireHub.Web.Components.Pages.PersonnelManagement;

namespace HireHub.Tests.Components;

/// <summary>HR sees, in the Candidates to hire panel, which candidates retention has flagged and when their data goes.</summary>
public sealed class RetentionFlagChipTests : ComponentTestContext
{
    private readonly AtsConnection connection = TestData.Connection();

    public override async ValueTask InitializeAsync()
    {
        await base.InitializeAsync();
        await Data.AddAsync(TestData.LegalEntity(), connection);
    }

    [Fact]
    public async Task FlaggedCandidate_ShowsWhenItWillBeAnonymised_InAChipAKeyboardCanReach()
    {
        var flagged = Data.Candidate(connection, "Fiona", "Flagged", c => c.RetentionFlaggedAt = Now);
        var held = Data.Candidate(connection, "Hal", "Held", c => { c.RetentionFlaggedAt = Now; c.LegalHold = true; });
        await Data.AddAsync(flagged, Data.Candidate(connection, "Nina", "New"), held);

        var panel = RenderInHost<CandidatesToHirePanel>();

        panel.WaitForAssertion(() => Assert.Single(panel.FindAll("[data-testid=candidate-retention-flag]")));
        var chip = panel.Find("[data-testid=candidate-retention-flag]");
        var expected = $"Anonymised on {flagged.ReceivedAt.AddDays(365).ToLocalTime():d}";
        Assert.Equal(expected, chip.TextContent.Trim());
        Assert.Equal("0", chip.GetAttribute("tabindex"));
        Assert.StartsWith(expected + ". This candidate has waited too long", chip.GetAttribute("aria-label"), StringComparison.Ordinal);
        Assert.Contains("Fiona Flagged", chip.Closest("tr")!.TextContent, StringComparison.Ordinal);
    }
}
