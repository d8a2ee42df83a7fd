using System.Globalization;
using Bunit;
using HireHub.Core.Domain;
using HireHub.Web.Components.Pages.PersonnelManagement;
using Microsoft.EntityFrameworkCore;

namespace HireHub.Tests.Components;

/// <summary>The Hire new worker dialog, opened as a person opens it: with the Hire button on the candidate's row.</summary>
public sealed class HireNewWorkerDialogTests : ComponentTestContext
{
    private readonly AtsConnection connection = TestData.Connection(defaultLegalEntityId: "USMF");

    public override async ValueTask InitializeAsync()
    {
        await base.InitializeAsync();
        await Data.AddAsync(TestData.LegalEntity("USMF", "Contoso Entertainment USA"), TestData.LegalEntity("USRT", "Contoso Retail USA"), connection);
    }

    [Fact]
    public async Task Dialog_OpensWithTheCandidatesDetailsFilledIn()
    {
        var bianca = Data.Candidate(connection, "Bianca", "Lopes", c => (c.MiddleName, c.Phone, c.StartDate) = ("M.", "(425) 555-0132", Data.Today.AddDays(28)));
        await Data.AddAsync(bianca);

        var panel = await OpenHireDialogAsync(bianca);

        Assert.Equal("Bianca", InputValue(panel, "#hire-first-name"));
        Assert.Equal("M.", InputValue(panel, "#hire-middle-name"));
        Assert.Equal("Lopes", InputValue(panel, "#hire-last-name"));
        Assert.Equal("bianca.lopes@example.com", InputValue(panel, "#hire-email"));
        Assert.Equal("+14255550132", InputValue(panel, "#hire-phone"));
        Assert.Equal(DateText(Data.Today.AddDays(28)), InputValue(panel, "[data-testid=hire-start-date]"));
        Assert.Equal("USMF · Contoso Entertainment USA", SelectedText(panel, "#hire-legal-entity"));
        Assert.Equal("Employee", SelectedText(panel, "#hire-worker-type"));
        Assert.Empty(panel.FindAll("[data-testid=duplicate-warning]"));
    }

    [Theory]
    [InlineData("hire-first-name", "Enter a first name.")]
    [InlineData("hire-last-name", "Enter a last name.")]
    [InlineData("hire-email", "Enter an email address.")]
    [InlineData("hire-phone", "Enter a phone number.")]
    public async Task Continue_WithARequiredFieldCleared_ShowsTheValidatorsMessageThereAndHiresNobody(string inputId, string message)
    {
        var ann = Data.Candidate(connection, "Ann", "Lee");
        await Data.AddAsync(ann);
        var panel = await OpenHireDialogAsync(ann);

        panel.TypeAndLeave(inputId, "");
        await panel.ClickAsync("[data-testid=hire-continue]");

        panel.WaitForAssertion(() => Assert.Equal(message, panel.TextUnder($"#{inputId}")));
        Assert.NotEmpty(panel.FindAll("[data-testid=hire-dialog]"));
        await AssertNobodyHiredAsync(ann);
    }

    [Fact]
    public async Task Continue_WithAPhoneNumberThatCannotBeDialled_SaysHowToWriteOne()
    {
        var ann = Data.Candidate(connection, "Ann", "Lee");
        await Data.AddAsync(ann);
        var panel = await OpenHireDialogAsync(ann);

        panel.TypeAndLeave("hire-phone", "555-0144");
        await panel.ClickAsync("[data-testid=hire-continue]");

        panel.WaitForAssertion(() => Assert.Equal(
            "Enter a phone number that can be dialled, with its country code, such as +1 425 555 0100.", panel.TextUnder("#hire-phone")));
        await AssertNobodyHiredAsync(ann);
    }

    [Theory]
    [InlineData(null, "Enter the employment start date.")]
    [InlineData(-3, "The start date is in the past. Agree a new start date with the candidate.")]
    public async Task Continue_WithoutAStartDateInTheFuture_SaysWhatIsWrongWithTheStartDate(int? startInDays, string message)
    {
        var ann = Data.Candidate(connection, "Ann", "Lee", c => c.StartDate = startInDays is { } days ? Data.Today.AddDays(days) : null);
        await Data.AddAsync(ann);
        var panel = await OpenHireDialogAsync(ann);

        await panel.ClickAsync("[data-testid=hire-continue]");

        panel.WaitForAssertion(() => Assert.Equal(message, panel.TextUnder("[data-testid=hire-start-date]")));
        await AssertNobodyHiredAsync(ann);
    }

    [Fact]
    public async Task Continue_ForAContractorWithoutAnEndDate_AsksForTheEndDate()
    {
        var ann = Data.Candidate(connection, "Ann", "Lee");
        await Data.AddAsync(ann);
        var panel = await OpenHireDialogAsync(ann);

        panel.Choose("hire-worker-type", "Contractor");
        await panel.ClickAsync("[data-testid=hire-continue]");

        panel.WaitForAssertion(() => Assert.Equal("A contractor needs an employment end date.", panel.TextUnder("[data-testid=hire-end-date]")));
        await AssertNobodyHiredAsync(ann);
    }

    [Fact]
    public async Task Dialog_WhenTheEmailBelongsToAWorker_WarnsAndOffersToRehireThatWorker()
    {
        await Data.AddAsync(Data.Worker("000042", "Tony", "Krijnen", employmentEnded: true, configure: w => w.Email = "tony.krijnen@fabrikam.com"));
        var tony = Data.Candidate(connection, "Anthony", "Krijnen", c => c.Email = "tony.krijnen@fabrikam.com");
        await Data.AddAsync(tony);

        var panel = await OpenHireDialogAsync(tony);

        var warning = panel.Find("[data-testid=duplicate-warning]");
        Assert.Contains("This may be someone who is already a worker.", warning.TextContent, StringComparison.Ordinal);
        var rehire = panel.Find("[data-testid=rehire-000042]");
        Assert.False(rehire.HasAttribute("disabled"));
        Assert.Equal("Rehire Tony Krijnen (000042) · same email", Normalized(rehire.Closest("label")!.TextContent));
        Assert.Equal("Continue as a new worker", Normalized(panel.Find("[data-testid=continue-as-new]").Closest("label")!.TextContent));
    }

    [Fact]
    public async Task Dialog_WhenTheLookAlikeIsStillEmployed_DoesNotOfferToRehireThem()
    {
        await Data.AddAsync(Data.Worker("000042", "Tony", "Krijnen", configure: w => w.Phone = "+14255550108"));
        var tony = Data.Candidate(connection, "Tony", "Krijnen", c => (c.Email, c.Phone) = ("tony@example.com", "425-555-0108"));
        await Data.AddAsync(tony);

        var panel = await OpenHireDialogAsync(tony);

        var rehire = panel.Find("[data-testid=rehire-000042]");
        Assert.True(rehire.HasAttribute("disabled"));
        Assert.Equal("Rehire Tony Krijnen (000042) · same phone, same name (currently employed)", Normalized(rehire.Closest("label")!.TextContent));
    }

    [Fact]
    public async Task Continue_AsANewWorkerWithoutSayingWhy_AsksForTheReason()
    {
        await Data.AddAsync(Data.Worker("000042", "Tony", "Krijnen", employmentEnded: true, configure: w => w.Email = "tony.krijnen@fabrikam.com"));
        var tony = Data.Candidate(connection, "Anthony", "Krijnen", c => c.Email = "tony.krijnen@fabrikam.com");
        await Data.AddAsync(tony);
        var panel = await OpenHireDialogAsync(tony);

        await panel.ClickAsync("[data-testid=continue-as-new]");
        panel.WaitForElement("#new-worker-reason");
        await panel.ClickAsync("[data-testid=hire-continue]");

        panel.WaitForAssertion(() => Assert.Equal("Say why this is a new worker and not the existing one.", panel.TextUnder("#new-worker-reason")));
        await AssertNobodyHiredAsync(tony);
    }

    [Fact]
    public async Task Continue_WithoutChoosingBetweenRehireAndNewWorker_ShowsTheConflictAndHiresNobody()
    {
        await Data.AddAsync(Data.Worker("000042", "Tony", "Krijnen", employmentEnded: true, configure: w => w.Email = "tony.krijnen@fabrikam.com"));
        var tony = Data.Candidate(connection, "Anthony", "Krijnen", c => c.Email = "tony.krijnen@fabrikam.com");
        await Data.AddAsync(tony);
        var panel = await OpenHireDialogAsync(tony);

        await panel.ClickAsync("[data-testid=hire-continue]");

        panel.WaitForAssertion(() => Assert.Equal(
            "A worker who may be the same person exists. Choose to rehire that worker or to continue as a new worker.",
            panel.Find("[data-testid=hire-problem]").TextContent.Trim()));
        await AssertNobodyHiredAsync(tony);
    }

    [Fact]
    public async Task Cancel_ClosesTheDialogAndKeepsTheCandidateWaiting()
    {
        var ann = Data.Candidate(connection, "Ann", "Lee");
        await Data.AddAsync(ann);
        var panel = await OpenHireDialogAsync(ann);

        await panel.ClickAsync("[data-testid=hire-cancel]");

        panel.WaitForAssertion(() => Assert.Empty(panel.FindAll("[data-testid=hire-dialog]")));
        Assert.Single(panel.FindAll($"[data-testid=hire-{ann.Id}]"));
        await AssertNobodyHiredAsync(ann);
    }

    [Fact]
    public async Task Dialog_WhenSomeoneElseHiredTheCandidateFirst_SaysWhoAndTheCandidateLeavesThePanelOnClose()
    {
        var ann = Data.Candidate(connection, "Ann", "Lee");
        await Data.AddAsync(ann, Data.Candidate(connection, "Ben", "Waits"));
        var panel = RenderInHost<CandidatesToHirePanel>();
        panel.WaitForAssertion(() => Assert.Equal(2, panel.FindAll("[data-testid=candidate-name]").Count));
        await Data.QueryAsync(db => db.ExportedCandidates.Where(c => c.Id == ann.Id).ExecuteUpdateAsync(c => c
            .SetProperty(x => x.Status, CandidateStatus.Hired)
            .SetProperty(x => x.ActedBy, "Marcus Lee")
            .SetProperty(x => x.ActedAt, Now)));

        await panel.ClickAsync($"[data-testid=hire-{ann.Id}]");

        panel.WaitForAssertion(() => Assert.StartsWith(
            "This candidate was already hired by Marcus Lee at ", panel.Find("[data-testid=hire-problem]").TextContent.Trim(), StringComparison.Ordinal));
        Assert.True(panel.Find("[data-testid=hire-continue]").HasAttribute("disabled"));

        await panel.ClickAsync("[data-testid=hire-cancel]");

        panel.WaitForAssertion(() => Assert.Equal(["Ben Waits"], panel.FindAll("[data-testid=candidate-name]").Select(name => name.TextContent.Trim())));
    }

    [Fact]
    public async Task Continue_WhenSomeoneElseHiredTheCandidateMeanwhile_SaysWhoAndHiresNobody()
    {
        var ann = Data.Candidate(connection, "Ann", "Lee");
        await Data.AddAsync(ann);
        var panel = await OpenHireDialogAsync(ann);
        await Data.QueryAsync(db => db.ExportedCandidates.Where(c => c.Id == ann.Id).ExecuteUpdateAsync(c => c
            .SetProperty(x => x.Status, CandidateStatus.Hired)
            .SetProperty(x => x.ActedBy, "Marcus Lee")
            .SetProperty(x => x.ActedAt, Now)));

        await panel.ClickAsync("[data-testid=hire-continue]");

        panel.WaitForAssertion(() => Assert.StartsWith(
            "This candidate was already hired by Marcus Lee at ", panel.Find("[data-testid=hire-problem]").TextContent.Trim(), StringComparison.Ordinal));
        Assert.Equal(0, await Data.QueryAsync(db => db.Workers.CountAsync()));

        await panel.ClickAsync("[data-testid=hire-cancel]");

        panel.WaitForAssertion(() => Assert.Empty(panel.FindAll("[data-testid=candidate-name]")));
    }

    private async Task<IRenderedComponent<ComponentHost>> OpenHireDialogAsync(ExportedCandidate candidate)
    {
        var panel = RenderInHost<CandidatesToHirePanel>();
        await panel.ClickWhenShownAsync($"[data-testid=hire-{candidate.Id}]");
        panel.WaitForElement("#hire-first-name");
        return panel;
    }

    // A hire changes the candidate's status and adds an employment, for a new worker or a rehired one, in one transaction;
    // the only employments these tests store themselves began a year ago.
    private async Task AssertNobodyHiredAsync(ExportedCandidate candidate)
    {
        var (status, employments) = await Data.QueryAsync(async db => (
            await db.ExportedCandidates.Where(c => c.Id == candidate.Id).Select(c => c.Status).SingleAsync(),
            await db.Employments.CountAsync(e => e.StartDate != Data.Today.AddYears(-1))));
        Assert.Equal(CandidateStatus.NotProcessed, status);
        Assert.Equal(0, employments);
    }

    private static string Normalized(string text) => string.Join(' ', text.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries));

    private static string InputValue(IRenderedComponent<ComponentHost> panel, string selector) => panel.Find(selector).GetAttribute("value") ?? "";

    private static string SelectedText(IRenderedComponent<ComponentHost> panel, string inputSelector) =>
        panel.Find(inputSelector).ParentElement!.QuerySelector("[role=combobox]")!.TextContent.Trim();

    // MudDatePicker shows dates in the current culture's short date pattern.
    private static string DateText(DateOnly date) => date.ToString(CultureInfo.CurrentCulture.DateTimeFormat.ShortDatePattern, CultureInfo.CurrentCulture);
}
