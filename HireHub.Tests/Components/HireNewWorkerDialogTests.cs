using System.Globalization;
using Bunit;
using HireHub.Core.Domain;
using HireHub.Web.Components.Pages.PersonnelManagement;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

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

    [Fact]
    public async Task Dialog_ForACandidateThePanelFlagged_OpensWithTheFlaggedFieldsMarkedBeforeAnyClick()
    {
        var fatima = Data.Candidate(connection, "Fatima", "Zahra", c => (c.Email, c.Phone) = ("fatima zahra@example", null));
        await Data.AddAsync(fatima);

        var panel = await OpenHireDialogAsync(fatima);

        panel.WaitForAssertion(() => Assert.Equal("An email address cannot contain spaces.", panel.TextUnder("#hire-email")));
        Assert.Equal("Enter a phone number.", panel.TextUnder("#hire-phone"));
        Assert.Equal("", panel.TextUnder("#hire-first-name"));
        // The first flagged field is focused (where focus ends up in a browser, E2E's TrustAtHireTests look).
        Assert.Contains(
            panel.Find("#hire-email").GetAttribute("blazor:elementreference"),
            JSInterop.Invocations["Blazor._internal.domWrapper.focus"].Select(i => ((Microsoft.AspNetCore.Components.ElementReference)i.Arguments[0]!).Id));
    }

    [Fact]
    public async Task Dialog_KeepsAFieldsMark_WhenFocusLeavesIt_AndOnTheNextHire()
    {
        // MudBlazor checks a Required field itself when it loses focus; it must answer with the form's verdict, not
        // clear it (in a browser, clicking Hire moves focus out of the field first).
        var fatima = Data.Candidate(connection, "Fatima", "Zahra", c => c.Email = "fatima zahra@example");
        await Data.AddAsync(fatima);
        var panel = await OpenHireDialogAsync(fatima);
        panel.WaitForAssertion(() => Assert.Equal("An email address cannot contain spaces.", panel.TextUnder("#hire-email")));

        await panel.Find("#hire-email").BlurAsync(new());
        panel.WaitForAssertion(() => Assert.Equal("An email address cannot contain spaces.", panel.TextUnder("#hire-email")));

        await panel.ClickAsync("[data-testid=hire-continue]");
        panel.WaitForAssertion(() => Assert.Equal("An email address cannot contain spaces.", panel.TextUnder("#hire-email")));
        Assert.Equal(0, await Data.QueryAsync(db => db.Workers.CountAsync()));
    }

    [Fact]
    public async Task Dialog_SaysTheNumberItShowsIsTheNextOne_AndItsPrimaryButtonSaysHire()
    {
        var ann = Data.Candidate(connection, "Ann", "Lee");
        await Data.AddAsync(ann);

        var panel = await OpenHireDialogAsync(ann);

        Assert.Equal("000001 (next number, assigned on hire)", InputValue(panel, "#hire-personnel-number"));
        Assert.Equal("Hire", panel.Find("[data-testid=hire-continue]").TextContent.Trim());
    }

    [Fact]
    public async Task Dialog_WhenTheAtsRevisesTheCandidateWhileOpen_ShowsEveryChangeSinceAndApplyTakesTheNewValuesIntoTheHire()
    {
        var zoe = Data.Candidate(connection, "Zoe", "Martin");
        await Data.AddAsync(zoe);
        var panel = await OpenHireDialogAsync(zoe);

        await ReExportAsync(zoe, e => e.JobTitle = "Staff Engineer");
        await ReExportAsync(zoe, e => (e.JobTitle, e.StartDate, e.Phone) = ("Staff Engineer", Iso(Data.Today.AddDays(28)), "+1 425 555 0177"));

        panel.WaitForAssertion(() => Assert.Equal(3, panel.FindAll("[data-testid=revision-change]").Count));
        var changes = panel.FindAll("[data-testid=revision-change]").Select(r => Normalized(r.TextContent)).ToList();
        Assert.Contains($"Start date {Data.Today.AddDays(21):d} {Data.Today.AddDays(28):d}", changes);
        Assert.Contains("Job title Software Engineer Staff Engineer", changes);
        Assert.Contains("Phone +1 425-555-0100 +1 425-555-0177", changes);

        await panel.InvokeAsync(() => panel.Find("[data-testid=apply-revision]").Click());

        panel.WaitForAssertion(() => Assert.Empty(panel.FindAll("[data-testid=revision-changes]")));
        Assert.Equal("+14255550177", InputValue(panel, "#hire-phone"));
        Assert.Equal(DateText(Data.Today.AddDays(28)), InputValue(panel, "[data-testid=hire-start-date]"));
        await panel.InvokeAsync(() => panel.Find("[data-testid=hire-continue]").Click());
        panel.WaitForAssertion(() => Assert.Empty(panel.FindAll("[data-testid=hire-dialog]")));
        var hired = await Data.QueryAsync(db => db.ExportedCandidates.Include(c => c.HiredEmployment).SingleAsync(c => c.Id == zoe.Id));
        Assert.Equal((CandidateStatus.Hired, 3, Data.Today.AddDays(28)), (hired.Status, hired.HiredRevision, hired.HiredEmployment!.StartDate));
    }

    [Fact]
    public async Task Hire_AfterAReExportHrHasNotSeen_IsRefusedWithTheChanges_AndKeepingWhatWasEnteredHiresThat()
    {
        var zoe = Data.Candidate(connection, "Zoe", "Martin");
        await Data.AddAsync(zoe);
        var panel = await OpenHireDialogAsync(zoe);
        // Written behind the feed's back, as another instance's export would be before its announcement arrives.
        await Data.QueryAsync(async db =>
        {
            db.CandidateRevisions.Add(new CandidateRevision { ExportedCandidateId = zoe.Id, Revision = 2, Field = "startDate", OldValue = Iso(zoe.StartDate!.Value), NewValue = Iso(Data.Today.AddDays(35)), RevisedAt = Now });
            await db.SaveChangesAsync();
            return await db.ExportedCandidates.Where(c => c.Id == zoe.Id).ExecuteUpdateAsync(c => c.SetProperty(x => x.Revision, 2).SetProperty(x => x.StartDate, Data.Today.AddDays(35)));
        });

        await panel.InvokeAsync(() => panel.Find("[data-testid=hire-continue]").Click());

        panel.WaitForAssertion(() => Assert.StartsWith("The ATS changed Zoe Martin after you opened this dialog (revision 1, now 2).", panel.Find("[data-testid=hire-problem]").TextContent.Trim(), StringComparison.Ordinal));
        Assert.Equal($"Start date {zoe.StartDate!.Value:d} {Data.Today.AddDays(35):d}", Normalized(panel.Find("[data-testid=revision-change]").TextContent));
        await AssertNobodyHiredAsync(zoe);

        await panel.InvokeAsync(() => panel.Find("[data-testid=keep-revision]").Click());
        await panel.InvokeAsync(() => panel.Find("[data-testid=hire-continue]").Click());

        panel.WaitForAssertion(() => Assert.Empty(panel.FindAll("[data-testid=hire-dialog]")));
        var hired = await Data.QueryAsync(db => db.ExportedCandidates.Include(c => c.HiredEmployment).SingleAsync(c => c.Id == zoe.Id));
        Assert.Equal((CandidateStatus.Hired, 2, zoe.StartDate), (hired.Status, hired.HiredRevision, (DateOnly?)hired.HiredEmployment!.StartDate));
    }

    private static string Iso(DateOnly date) => date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    /// <summary>The candidate's ATS exports it again, through the export service the API uses, with what a test changes.</summary>
    private async Task ReExportAsync(ExportedCandidate candidate, Action<HireHub.Core.Features.Exports.ExportCandidate> change)
    {
        var export = new HireHub.Core.Features.Exports.ExportCandidate
        {
            CandidateId = candidate.CandidateId, FirstName = candidate.FirstName, LastName = candidate.LastName, Email = candidate.Email,
            Phone = candidate.Phone, StartDate = Iso(candidate.StartDate!.Value), JobTitle = candidate.JobTitle, Location = candidate.Location,
            // An export is the whole record: what the ATS sent before and does not change is sent again.
            HrisProvider = candidate.HrisProvider,
            Recruiter = candidate.RecruiterName is null ? null : new() { Name = candidate.RecruiterName, Email = candidate.RecruiterEmail },
        };
        change(export);
        var source = new HireHub.Core.Features.Exports.ExportSource(connection.Id, "US", new HireHub.Core.Common.Actor("ats", "Contoso Careers ATS"));
        var receipt = await Services.GetRequiredService<HireHub.Core.Features.Exports.ExportService>().ExportAsync(source, export, ct: Xunit.TestContext.Current.CancellationToken);
        Assert.True(receipt.Succeeded, receipt.Problem?.Message);
        // The open dialog hears of it from the change log, as from any instance: read it now rather than at the next poll.
        await Services.GetRequiredService<HireHub.Core.Features.Candidates.CandidateFeed>().CatchUpAsync(Xunit.TestContext.Current.CancellationToken);
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
