using Bunit;
using HireHub.Core.Data;
using HireHub.Web.Components.Pages.Exports;
using Microsoft.EntityFrameworkCore;

namespace HireHub.Tests.Components;

/// <summary>A recruiter's Export to HRIS form: the API's rules, shown under each field, and an export under Manual entry.</summary>
public sealed class ExportCandidateFormTests : ComponentTestContext
{
    [Fact]
    public async Task Export_WithRequiredFieldsEmpty_ShowsTheValidatorsMessageUnderEachAndStoresNothing()
    {
        var form = RenderInHost<ExportCandidateForm>();

        await form.ClickAsync("[data-testid=export-submit]");

        form.WaitForAssertion(() => Assert.Equal("Enter the candidate's id in the applicant tracking system.", form.TextUnder("#export-candidateId")));
        Assert.Equal("Enter a first name.", form.TextUnder("#export-firstName"));
        Assert.Equal("Enter a last name.", form.TextUnder("#export-lastName"));
        Assert.Equal("Enter an email address.", form.TextUnder("#export-email"));
        Assert.Equal("Enter the employment start date.", form.TextUnder("#export-startDate"));
        Assert.Equal("", form.TextUnder("#export-middleName"));
        Assert.Equal(0, await Data.QueryAsync(db => db.ExportedCandidates.CountAsync()));
    }

    [Fact]
    public async Task Export_WithABadRecruiterEmailAndPhone_ShowsTheMessagesUnderThoseFields()
    {
        var form = RenderInHost<ExportCandidateForm>();
        FillValid(form);
        form.TypeAndLeave("export-phone", "12");
        form.TypeAndLeave("export-recruiter-email", "riya@contoso");

        await form.ClickAsync("[data-testid=export-submit]");

        form.WaitForAssertion(() => Assert.Equal("Enter a domain with a dot after the @, such as example.com.", form.TextUnder("#export-recruiter-email")));
        Assert.Equal("Enter a phone number that can be dialled, with its country code, such as +1 425 555 0100.", form.TextUnder("#export-phone"));
        Assert.Equal("", form.TextUnder("#export-email"));
        Assert.Equal(0, await Data.QueryAsync(db => db.ExportedCandidates.CountAsync()));
    }

    [Fact]
    public async Task Export_WithValidFields_StoresTheCandidateUnderManualEntryWithTheSignedInRecruiter()
    {
        var form = RenderInHost<ExportCandidateForm>();
        FillValid(form);

        await form.ClickAsync("[data-testid=export-submit]");

        form.WaitForAssertion(() => Assert.StartsWith(
            "Maria Campbell (candidate ID MAN-1) was exported to HR.", form.Find("[data-testid=export-success]").TextContent.Trim(), StringComparison.Ordinal));
        var stored = await Data.QueryAsync(db => db.ExportedCandidates.Include(c => c.Connection).SingleAsync());
        Assert.Equal(
            ("MAN-1", "Maria", "Campbell", "+14255550199", new DateOnly(2027, 4, 1), ReferenceData.ManualEntryConnectionName, "Hanna Reyes"),
            (stored.CandidateId, stored.FirstName, stored.LastName, stored.Phone, stored.StartDate, stored.Connection!.Name, stored.RecruiterName));
        Assert.Equal("", form.Find("#export-candidateId").GetAttribute("value") ?? "");
        Assert.Empty(form.FindAll(".mud-input-error")); // A cleared form for the next candidate, not a wall of "Required".
    }

    private static void FillValid(IRenderedComponent<ComponentHost> form)
    {
        form.TypeAndLeave("export-candidateId", "MAN-1");
        form.TypeAndLeave("export-firstName", "Maria");
        form.TypeAndLeave("export-lastName", "Campbell");
        form.TypeAndLeave("export-email", "maria@example.com");
        form.TypeAndLeave("export-phone", "+1 425 555 0199");
        form.TypeAndLeave("export-startDate", "2027-04-01");
    }
}
