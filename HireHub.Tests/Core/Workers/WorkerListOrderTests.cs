using HireHub.Core.Common;
using HireHub.Core.Features.Workers;
using HireHub.Tests.Support;

namespace HireHub.Tests.Core.Workers;

/// <summary>Sorting and searching the worker list; the tests only read, so they share one database.</summary>
public sealed class WorkerListOrderTests(ThreeWorkers fixture) : IClassFixture<ThreeWorkers>
{
    private WorkerQueries Queries => fixture.Db.Get<WorkerQueries>();

    [Theory]
    [InlineData(SortDirection.Ascending, new[] { "Amy Adams", "Julia Adams", "Charlie Carson" })]
    [InlineData(SortDirection.Descending, new[] { "Charlie Carson", "Julia Adams", "Amy Adams" })]
    public async Task List_SortedByName_OrdersByLastThenFirstName(SortDirection direction, string[] expectedNames)
    {
        var page = await Queries.ListAsync(new PageRequest(SortBy: "name", Direction: direction), TestContext.Current.CancellationToken);

        Assert.Equal(expectedNames, page.Items.Select(w => w.Name));
    }

    [Theory]
    [InlineData("julia ad", "000001")]
    [InlineData("000002", "000002")]
    [InlineData("CHARLIE.CARSON@", "000002")]
    public async Task List_WithSearch_MatchesNamePersonnelNumberOrEmail(string search, string expectedNumber)
    {
        var page = await Queries.ListAsync(new PageRequest(Search: search), TestContext.Current.CancellationToken);

        Assert.Equal(1, page.TotalCount);
        Assert.Equal(expectedNumber, Assert.Single(page.Items).PersonnelNumber);
    }
}
