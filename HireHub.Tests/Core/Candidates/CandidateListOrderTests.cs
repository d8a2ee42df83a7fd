using HireHub.Core.Common;
using HireHub.Core.Features.Candidates;
using HireHub.Tests.Support;

namespace HireHub.Tests.Core.Candidates;

/// <summary>Sorting and searching the Candidates to hire panel; the tests only read, so they share one database.</summary>
public sealed class CandidateListOrderTests(FourCandidates fixture) : IClassFixture<FourCandidates>
{
    private CandidateQueries Queries => fixture.Db.Get<CandidateQueries>();

    [Theory]
    [InlineData(CandidateSort.Name, SortDirection.Ascending, new[] { "Amy Adams", "Zoe Adams", "Ben Baker", "Max Clark" })]
    [InlineData(CandidateSort.Name, SortDirection.Descending, new[] { "Max Clark", "Ben Baker", "Zoe Adams", "Amy Adams" })]
    [InlineData(CandidateSort.JobTitle, SortDirection.Ascending, new[] { "Ben Baker", "Zoe Adams", "Max Clark", "Amy Adams" })]
    [InlineData(CandidateSort.JobTitle, SortDirection.Descending, new[] { "Amy Adams", "Max Clark", "Zoe Adams", "Ben Baker" })]
    [InlineData(CandidateSort.Location, SortDirection.Ascending, new[] { "Amy Adams", "Max Clark", "Zoe Adams", "Ben Baker" })]
    [InlineData(CandidateSort.Location, SortDirection.Descending, new[] { "Ben Baker", "Zoe Adams", "Max Clark", "Amy Adams" })]
    [InlineData(CandidateSort.StartDate, SortDirection.Ascending, new[] { "Ben Baker", "Max Clark", "Zoe Adams", "Amy Adams" })]
    [InlineData(CandidateSort.StartDate, SortDirection.Descending, new[] { "Amy Adams", "Zoe Adams", "Max Clark", "Ben Baker" })]
    [InlineData(CandidateSort.ReceivedAt, SortDirection.Ascending, new[] { "Amy Adams", "Ben Baker", "Max Clark", "Zoe Adams" })]
    [InlineData(CandidateSort.ReceivedAt, SortDirection.Descending, new[] { "Zoe Adams", "Max Clark", "Ben Baker", "Amy Adams" })]
    [InlineData(null, SortDirection.Ascending, new[] { "Zoe Adams", "Max Clark", "Ben Baker", "Amy Adams" })]
    public async Task ListToHire_SortsByTheChosenColumn(string? sortBy, SortDirection direction, string[] expectedNames)
    {
        var page = await Queries.ListToHireAsync(new PageRequest(SortBy: sortBy, Direction: direction), TestContext.Current.CancellationToken);

        Assert.Equal(expectedNames, page.Items.Select(c => c.Name));
    }

    [Fact]
    public async Task ListToHire_SortedAndPaged_PagesThroughTheSortedList()
    {
        var second = await Queries.ListToHireAsync(new PageRequest(Page: 1, PageSize: 2, SortBy: CandidateSort.Name), TestContext.Current.CancellationToken);

        Assert.Equal(4, second.TotalCount);
        Assert.Equal(["Ben Baker", "Max Clark"], second.Items.Select(c => c.Name));
    }

    [Theory]
    [InlineData("zoe adams", "Zoe Adams")]
    [InlineData("Baker", "Ben Baker")]
    [InlineData("max.clark@", "Max Clark")]
    [InlineData("CONTROL", "Max Clark")]
    [InlineData(" london ", "Ben Baker")]
    public async Task ListToHire_WithSearch_MatchesNameEmailJobTitleOrLocation(string search, string expectedName)
    {
        var page = await Queries.ListToHireAsync(new PageRequest(Search: search), TestContext.Current.CancellationToken);

        Assert.Equal(1, page.TotalCount);
        Assert.Equal(expectedName, Assert.Single(page.Items).Name);
    }

    [Theory]
    [InlineData("example.com")]
    [InlineData("dams")]
    [InlineData("adams zoe")]
    public async Task ListToHire_WithSearch_MatchesFromTheStartOfAFieldOnly(string search)
    {
        var page = await Queries.ListToHireAsync(new PageRequest(Search: search), TestContext.Current.CancellationToken);

        Assert.Equal(0, page.TotalCount);
    }

    [Theory]
    [InlineData("ADAMS", new[] { "Zoe Adams", "Amy Adams" })]
    [InlineData("Zoe Ad", new[] { "Zoe Adams" })]
    public async Task ListToHire_WithSearch_FindsEveryMatchRegardlessOfCase(string search, string[] expectedNames)
    {
        var page = await Queries.ListToHireAsync(new PageRequest(Search: search), TestContext.Current.CancellationToken);

        Assert.Equal(expectedNames, page.Items.Select(c => c.Name));
        Assert.Equal(expectedNames.Length, page.TotalCount);
    }

    [Fact]
    public async Task ListToHire_WithSearchHoldingLikeWildcards_MatchesThemAsText()
    {
        var page = await Queries.ListToHireAsync(new PageRequest(Search: "_oe"), TestContext.Current.CancellationToken);

        Assert.Equal(0, page.TotalCount);
    }

    [Fact]
    public async Task ListToHire_WithSearchMatchingNobody_ReturnsAnEmptyPage()
    {
        var page = await Queries.ListToHireAsync(new PageRequest(Search: "nobody-like-this"), TestContext.Current.CancellationToken);

        Assert.Equal(0, page.TotalCount);
        Assert.Empty(page.Items);
    }
}
