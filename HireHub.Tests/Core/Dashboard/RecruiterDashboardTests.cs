using HireHub.Core.Common;
using HireHub.Core.Domain;
using HireHub.Core.Features.Dashboard;
using HireHub.Core.Features.Exports;
using HireHub.Core.Features.Integrations;
using HireHub.Tests.Support;

namespace HireHub.Tests.Core.Dashboard;

/// <summary>A recruiter's figures: their exports (by recruiter email), their ATSs' refusals, each as the linked list shows it.</summary>
public sealed class RecruiterDashboardTests : DatabaseTest
{
    // Weeks and days as a person reading in UTC has them; PeriodCountsTests shows them in other zones.
    private static readonly PersonTime Utc = new();

    private const string Riya = "riya.patel@contoso.com";

    private RecruiterDashboardQueries Dashboard => Db.Get<RecruiterDashboardQueries>();

    [Fact]
    public async Task ByStatus_CountsTheExportsCarryingTheRecruitersEmail_AsTheExportsListFiltersThem()
    {
        var ct = TestContext.Current.CancellationToken;
        await Db.Given.CandidateAsync(c => c with { RecruiterEmail = Riya });
        await Db.Given.CandidateAsync(c => c with { RecruiterEmail = "Riya.Patel@contoso.com" }); // another spelling: not hers by this rule
        await Db.Given.CandidateAsync(c => c with { RecruiterEmail = Riya, Status = CandidateStatus.Hired, ActedAt = Db.Time.GetUtcNow() });
        await Db.Given.CandidateAsync(c => c with { RecruiterEmail = Riya, Status = CandidateStatus.NotHired, ActedAt = Db.Time.GetUtcNow() });
        await Db.Given.CandidateAsync(c => c with { RecruiterEmail = Riya, Status = CandidateStatus.NotHired, ActedAt = Db.Time.GetUtcNow() });
        await Db.Given.CandidateAsync();
        await Db.Given.CandidateAsync(c => c with { RecruiterEmail = null });

        var home = await Dashboard.LoadAsync("Riya.Patel@Contoso.com", Utc, ct);

        Assert.Equal(
            new Dictionary<CandidateStatus, int> { [CandidateStatus.NotProcessed] = 1, [CandidateStatus.Hired] = 1, [CandidateStatus.NotHired] = 2, [CandidateStatus.Dismissed] = 0 },
            home.ByStatus);
        foreach (var (status, count) in home.ByStatus)
        {
            var list = await Db.Get<ExportHistory>().ListAsync(new PageRequest(), new ExportHistoryFilter(Status: status, RecruiterEmail: "Riya.Patel@Contoso.com"), ct);
            Assert.Equal(count, list.TotalCount);
        }
    }

    [Fact]
    public async Task Weeks_CountTheRecruitersReceiptsAndHires()
    {
        var now = Db.Time.GetUtcNow();
        await Db.Given.CandidateAsync(c => c with { RecruiterEmail = Riya, ReceivedAt = now.AddDays(-8) });
        await Db.Given.CandidateAsync(c => c with { RecruiterEmail = Riya, ReceivedAt = now.AddDays(-9), Status = CandidateStatus.Hired, ActedAt = now.AddHours(-1) });
        await Db.Given.CandidateAsync(c => c with { ReceivedAt = now.AddDays(-8), Status = CandidateStatus.Hired, ActedAt = now.AddHours(-1) });

        var weeks = (await Dashboard.LoadAsync(Riya, Utc, TestContext.Current.CancellationToken)).Weeks;

        Assert.Equal([0, 0, 0, 0, 0, 0, 0, 0, 0, 2, 0, 0], weeks.Received);
        Assert.Equal([0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 1], weeks.Hired);
    }

    [Fact]
    public async Task Refusals_CountTheLastSevenDaysOfEachAtsThatSentTheRecruitersExports()
    {
        var ct = TestContext.Current.CancellationToken;
        var hers = await Db.InsertAsync(new AtsConnection { Name = "Greenhouse", Provider = "GenericAts", ClientId = Guid.NewGuid(), Status = ConnectionStatus.Linked });
        var others = await Db.InsertAsync(new AtsConnection { Name = "Workday", Provider = "GenericAts", ClientId = Guid.NewGuid(), Status = ConnectionStatus.Linked });
        await Db.Given.CandidateAsync(c => c with { ConnectionId = hers.Id, RecruiterEmail = Riya });
        await Db.Given.CandidateAsync(c => c with { ConnectionId = others.Id });
        var log = Db.Get<IntegrationLog>();
        await log.RecordAsync(hers.ClientId.ToString(), 403, "Refused", null, ct);
        await log.RecordAsync(hers.ClientId.ToString().ToUpperInvariant(), 400, "Invalid", "C-1", ct);
        await log.RecordAsync(others.ClientId.ToString(), 403, "Refused", null, ct);
        Db.Time.Advance(TimeSpan.FromDays(7) - TimeSpan.FromSeconds(1));
        await log.RecordAsync(hers.ClientId.ToString(), 429, "Too many", null, ct);

        var justInside = await Dashboard.LoadAsync(Riya, Utc, ct);
        Db.Time.Advance(TimeSpan.FromSeconds(2));
        var oneFellOut = await Dashboard.LoadAsync(Riya, Utc, ct);

        Assert.Equal([new AtsRefusals(hers.Id, "Greenhouse", hers.ClientId, 3)], justInside.Refusals);
        Assert.Equal([new AtsRefusals(hers.Id, "Greenhouse", hers.ClientId, 1)], oneFellOut.Refusals);
        var listed = await log.ListAsync(new PageRequest(), new IntegrationLogFilter(IntegrationLogFilter.CallersOf(hers.ClientId), oneFellOut.RefusalsSince), ct);
        Assert.Equal(1, listed.TotalCount);
    }
}
