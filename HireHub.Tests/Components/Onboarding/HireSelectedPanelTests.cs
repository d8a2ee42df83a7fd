using Bunit;
using HireHub.Core.Domain;
using HireHub.Web.Components.Pages.PersonnelManagement;
using Microsoft.EntityFrameworkCore;

namespace HireHub.Tests.Components.Onboarding;

/// <summary>Hire selected in the Candidates to hire panel: tick candidates (or the whole page), then hire them in one dialog.</summary>
public sealed class HireSelectedPanelTests : ComponentTestContext
{
    private readonly AtsConnection connection = TestData.Connection(defaultLegalEntityId: "USMF");

    public override async ValueTask InitializeAsync()
    {
        await base.InitializeAsync();
        await Data.AddAsync(TestData.LegalEntity("USMF", "Contoso Entertainment USA"), connection);
    }

    [Fact]
    public async Task SelectAllOnThisPage_TicksThePagesCandidatesOnly_AndHireSelectedListsThem()
    {
        var candidates = Enumerable.Range(1, 12).Select(i => Data.Candidate(connection, $"Person{i:00}", "Lee", c => c.Phone = $"+142555501{i:00}")).ToArray();
        await Data.AddAsync(candidates);
        var panel = RenderInHost<CandidatesToHirePanel>();
        panel.WaitForAssertion(() => Assert.Equal(10, panel.FindAll("[data-testid=candidate-name]").Count));
        Assert.True(panel.Find("[data-testid=bulk-hire-open]").HasAttribute("disabled"));

        await panel.InvokeAsync(() => panel.Find("[data-testid=select-page]").Change(true));

        panel.WaitForAssertion(() => Assert.Equal("10 selected", panel.Find("[data-testid=selected-count]").TextContent.Trim()));
        Assert.False(panel.Find("[data-testid=bulk-hire-open]").HasAttribute("disabled"));
        await panel.InvokeAsync(() => panel.Find($"[data-testid=select-{candidates[0].Id}]").Change(false));
        panel.WaitForAssertion(() => Assert.Equal("9 selected", panel.Find("[data-testid=selected-count]").TextContent.Trim()));

        await ClickAsync(panel, () => panel.Find("[data-testid=bulk-hire-open]"));

        panel.WaitForAssertion(() => Assert.Equal(9, panel.FindAll("[data-testid=bulk-hire-row]").Count));
        Assert.DoesNotContain(candidates[0].FirstName, panel.FindAll("[data-testid=bulk-hire-row]").Select(r => r.GetAttribute("data-candidate")!.Split(' ')[0]));
    }

    [Fact]
    public async Task HireSelected_HiresEachWithAResultPerRow_AndTheHiredLeaveThePanel()
    {
        var ann = Data.Candidate(connection, "Ann", "Lee", c => c.Phone = "+14255550101");
        var ben = Data.Candidate(connection, "Ben", "Okafor", c => c.Phone = null);
        await Data.AddAsync(ann, ben);
        var panel = RenderInHost<CandidatesToHirePanel>();
        panel.WaitForAssertion(() => Assert.Equal(2, panel.FindAll("[data-testid=candidate-name]").Count));
        await panel.InvokeAsync(() => panel.Find("[data-testid=select-page]").Change(true));
        await ClickAsync(panel, () => panel.Find("[data-testid=bulk-hire-open]"));
        panel.WaitForAssertion(() => Assert.Equal("USMF · Contoso Entertainment USA", panel.Find("#bulk-legal-entity").ParentElement!.QuerySelector("[role=combobox]")!.TextContent.Trim()));

        await ClickAsync(panel, () => panel.Find("[data-testid=bulk-hire-confirm]"));

        panel.WaitForAssertion(() => Assert.Equal("Done: 1 hired, 1 not hired.", panel.Find("[data-testid=bulk-hire-summary]").TextContent.Trim()));
        Assert.Equal(
            ["Hired as worker 000001", "Not hired: Enter a phone number."],
            panel.FindAll("[data-testid=bulk-hire-result]").Select(r => r.TextContent.Trim()));
        await ClickAsync(panel, () => panel.Find("[data-testid=bulk-hire-close]"));
        panel.WaitForAssertion(() => Assert.Equal(["Ben Okafor"], panel.FindAll("[data-testid=candidate-name]").Select(n => n.TextContent.Trim())));
        Assert.Equal("1 selected", panel.Find("[data-testid=selected-count]").TextContent.Trim());
        Assert.Equal(CandidateStatus.Hired, await Data.QueryAsync(db => db.ExportedCandidates.Where(c => c.Id == ann.Id).Select(c => c.Status).SingleAsync()));
    }
}
