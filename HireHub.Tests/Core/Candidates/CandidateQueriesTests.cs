using HireHub.Core.Common;
using HireHub.Core.Domain;
using HireHub.Core.Features.Candidates;
using HireHub.Tests.Support;

namespace HireHub.Tests.Core.Candidates;

public sealed class CandidateQueriesTests : DatabaseTest
{
    private CandidateQueries Queries => Db.Get<CandidateQueries>();

    [Fact]
    public async Task ListToHire_ShowsOnlyCandidatesNotProcessedYet()
    {
        var waiting = await Db.Given.CandidateAsync();
        await Db.Given.CandidateAsync(c => c with { Status = CandidateStatus.Hired });
        await Db.Given.CandidateAsync(c => c with { Status = CandidateStatus.NotHired });
        await Db.Given.CandidateAsync(c => c with { Status = CandidateStatus.Dismissed });

        var page = await Queries.ListToHireAsync(new PageRequest(), TestContext.Current.CancellationToken);

        Assert.Equal(1, page.TotalCount);
        Assert.Equal(waiting.Id, Assert.Single(page.Items).Id);
    }

    [Fact]
    public async Task ListToHire_ShowsWhatThePanelNeedsOfEachCandidate()
    {
        var received = Db.Time.GetUtcNow().AddHours(-2);
        var candidate = await Db.Given.CandidateAsync(c => c with
        {
            FirstName = "Bianca",
            MiddleName = "M.",
            LastName = "Lopes",
            Email = "bianca.lopes@example.com",
            Phone = "(425) 555-0132",
            JobTitle = "UX Designer",
            Location = "Redmond, WA",
            StartInDays = 28,
            ReceivedAt = received,
        });

        var row = Assert.Single((await Queries.ListToHireAsync(new PageRequest(), TestContext.Current.CancellationToken)).Items);

        Assert.Equal(
            new CandidateToHire(candidate.Id, "Bianca M. Lopes", "UX Designer", "Redmond, WA", Db.Today.AddDays(28), "bianca.lopes@example.com", "(425) 555-0132", "Contoso Careers ATS", received, 1, MissingHireData.None),
            row);
    }

    [Fact]
    public async Task ListToHire_PagesInTheDatabaseAndCountsEveryMatch()
    {
        var ids = new List<Guid>();
        for (var i = 0; i < 7; i++)
        {
            ids.Add((await Db.Given.CandidateAsync(c => c with { ReceivedAt = Db.Time.GetUtcNow().AddMinutes(-i) })).Id);
        }

        var pages = new List<Page<CandidateToHire>>();
        for (var page = 0; page < 4; page++)
        {
            pages.Add(await Queries.ListToHireAsync(new PageRequest(Page: page, PageSize: 3), TestContext.Current.CancellationToken));
        }

        Assert.All(pages, p => Assert.Equal(7, p.TotalCount));
        Assert.Equal([3, 3, 1, 0], pages.Select(p => p.Items.Count));
        Assert.Equal(ids, pages.SelectMany(p => p.Items).Select(c => c.Id));
    }

    [Fact]
    public async Task ListToHire_FlagsTheHireDataEachCandidateLacks()
    {
        var complete = await Db.Given.CandidateAsync();
        var noEmail = await Db.Given.CandidateAsync(c => c with { Email = null });
        var invalidEmail = await Db.Given.CandidateAsync(c => c with { Email = "fatima zahra@example" });
        var noPhone = await Db.Given.CandidateAsync(c => c with { Phone = " " });
        var invalidPhone = await Db.Given.CandidateAsync(c => c with { Phone = "555-0144" });
        var noStart = await Db.Given.CandidateAsync(c => c with { StartInDays = null });
        var startInPast = await Db.Given.CandidateAsync(c => c with { StartInDays = -3 });
        var startsToday = await Db.Given.CandidateAsync(c => c with { StartInDays = 0 });
        var lacksMuch = await Db.Given.CandidateAsync(c => c with { Email = "", Phone = null, StartInDays = null });

        var missing = (await Queries.ListToHireAsync(new PageRequest(), TestContext.Current.CancellationToken)).Items.ToDictionary(c => c.Id, c => c.Missing);

        Assert.Equal(
            new Dictionary<Guid, MissingHireData>
            {
                [complete.Id] = MissingHireData.None,
                [noEmail.Id] = MissingHireData.Email,
                [invalidEmail.Id] = MissingHireData.InvalidEmail,
                [noPhone.Id] = MissingHireData.Phone,
                [invalidPhone.Id] = MissingHireData.InvalidPhone,
                [noStart.Id] = MissingHireData.StartDate,
                [startInPast.Id] = MissingHireData.StartDateInPast,
                [startsToday.Id] = MissingHireData.None,
                [lacksMuch.Id] = MissingHireData.Email | MissingHireData.Phone | MissingHireData.StartDate,
            },
            missing);
    }

    [Fact]
    public async Task ListToHire_ReadsPhoneNumbersInTheConnectionsRegion()
    {
        await Db.Given.LegalEntityAsync("GBSI");
        var british = await Db.Given.ConnectionAsync("UK ATS", defaultLegalEntityId: "GBSI", phoneRegion: "GB");
        var candidate = await Db.Given.CandidateAsync(c => c with { ConnectionId = british.Id, Phone = "020 7946 0148" });

        var row = Assert.Single((await Queries.ListToHireAsync(new PageRequest(), TestContext.Current.CancellationToken)).Items);

        Assert.Equal((candidate.Id, MissingHireData.None, "UK ATS"), (row.Id, row.Missing, row.Source));
    }

    [Fact]
    public async Task ListToHire_WhenTheClockPassesTheStartDate_FlagsItAsPast()
    {
        await Db.Given.CandidateAsync(c => c with { StartInDays = 2 });
        Assert.Equal(MissingHireData.None, Assert.Single((await Queries.ListToHireAsync(new PageRequest(), TestContext.Current.CancellationToken)).Items).Missing);

        Db.Time.Advance(TimeSpan.FromDays(3));

        Assert.Equal(MissingHireData.StartDateInPast, Assert.Single((await Queries.ListToHireAsync(new PageRequest(), TestContext.Current.CancellationToken)).Items).Missing);
    }

    [Theory]
    [InlineData(0, 1)]
    [InlineData(-5, 1)]
    [InlineData(1000, PageRequest.MaxPageSize)]
    public void PageRequest_KeepsThePageSizeWithinLimits(int pageSize, int expectedTake)
    {
        Assert.Equal(expectedTake, new PageRequest(PageSize: pageSize).Take);
    }

    [Fact]
    public void PageRequest_TreatsANegativePageAsTheFirst()
    {
        Assert.Equal(0, new PageRequest(Page: -2, PageSize: 10).Skip);
    }
}
