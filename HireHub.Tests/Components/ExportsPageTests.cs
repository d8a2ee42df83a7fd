using Bunit;
using HireHub.Core.Domain;
using HireHub.Core.Features.Integrations;
using HireHub.Web.Components.Pages.Exports;
using Microsoft.Extensions.DependencyInjection;

namespace HireHub.Tests.Components;

/// <summary>The Exports page: every export with what became of it, searched and paged on the server, and the integration log.</summary>
public sealed class ExportsPageTests : ComponentTestContext
{
    private readonly AtsConnection connection = TestData.Connection();

    public override async ValueTask InitializeAsync()
    {
        await base.InitializeAsync();
        connection.Name = "Greenhouse"; // The reference data already holds LinkedIn Talent Hub, and names are unique.
        await Data.AddAsync(TestData.LegalEntity(), connection);
    }

    [Fact]
    public async Task Exports_ShowEachStatusInWords()
    {
        var worker = Data.Worker("000042", "Ben", "Hired");
        await Data.AddAsync(
            worker,
            Data.Candidate(connection, "Ann", "Waiting"),
            Data.Candidate(connection, "Ben", "Hired", c => (c.Status, c.WorkerId) = (CandidateStatus.Hired, worker.Id)),
            Data.Candidate(connection, "Cleo", "NotHired", c => (c.Status, c.ReasonCode) = (CandidateStatus.NotHired, "DeclinedOffer")),
            Data.Candidate(connection, "Dan", "Dismissed", c => c.Status = CandidateStatus.Dismissed));

        var page = RenderInHost<ExportHistoryGrid>();

        page.WaitForAssertion(() => Assert.Equal(
            ["Waiting for HR", "Hired as worker 000042", "Not hired: Declined the offer", "Dismissed"],
            page.FindAll("[data-testid=export-status]").Select(s => s.TextContent.Trim())));
    }

    [Fact]
    public async Task Exports_WithMoreThanAPage_ShowOnePageAndTheTotal()
    {
        await Data.AddAsync(Enumerable.Range(1, 30).Select(i => (object)Data.Candidate(connection, "Candidate", $"No{i:00}")).ToArray());

        var page = RenderInHost<ExportHistoryGrid>();

        page.WaitForAssertion(() => Assert.Equal(25, page.FindAll("[data-testid=export-name]").Count));
        Assert.Contains("1-25 of 30", page.Find(".mud-table-pagination").TextContent);
    }

    [Fact]
    public async Task Search_ByCandidateId_ShowsOnlyThatExport()
    {
        var bo = Data.Candidate(connection, "Bo", "Ek");
        await Data.AddAsync(Data.Candidate(connection, "Ann", "Lee"), bo);
        var page = RenderInHost<ExportHistoryGrid>();
        page.WaitForAssertion(() => Assert.Equal(2, page.FindAll("[data-testid=export-name]").Count));

        await page.TypeAsync("#export-search", bo.CandidateId);
        LetDebounceElapse();

        page.WaitForAssertion(() => Assert.Equal(["Bo Ek"], page.FindAll("[data-testid=export-name]").Select(n => n.TextContent)));
    }

    [Fact]
    public async Task Exports_ShowTheLastChangeInThePersonsTimeZone()
    {
        // 1 March 2027 09:00 UTC is 22:00 the same day in Auckland (summer time, UTC+13).
        await Data.AddAsync(Data.Candidate(connection, "Ann", "Lee", c => c.UpdatedAt = Now));
        UseTimeZone("Pacific/Auckland");

        var page = RenderInHost<ExportHistoryGrid>();

        var inAuckland = new DateTime(2027, 3, 1, 22, 0, 0).ToString("g", System.Globalization.CultureInfo.CurrentCulture);
        page.WaitForAssertion(() => Assert.Equal(inAuckland, page.Find("[data-testid=export-updated]").TextContent));
        Assert.Equal("2027-03-01T09:00:00Z", page.Find("[data-testid=export-updated] time").GetAttribute("datetime"));
    }

    [Fact]
    public async Task IntegrationLog_ShowsRefusedCallsNewestFirst()
    {
        var log = Services.GetRequiredService<IntegrationLog>();
        await log.RecordAsync("3a225c96-d62a-44ce-b3ec-bd4e8e9befef", 403, "The connection LinkedIn Talent Hub is not linked.", "LI-9", Xunit.TestContext.Current.CancellationToken);
        Time.Advance(TimeSpan.FromMinutes(1));
        await log.RecordAsync(null, 401, "No bearer token.", null, Xunit.TestContext.Current.CancellationToken);

        var page = RenderInHost<IntegrationLogGrid>();

        page.WaitForAssertion(() => Assert.Equal(["401", "403"], page.FindAll("[data-testid=log-status]").Select(s => s.TextContent.Trim())));
        Assert.Equal(["No bearer token.", "The connection LinkedIn Talent Hub is not linked."], page.FindAll("[data-testid=log-reason]").Select(s => s.TextContent));
        Assert.Contains("LI-9", page.Find("[data-testid=integration-log-grid]").TextContent);
    }
}
