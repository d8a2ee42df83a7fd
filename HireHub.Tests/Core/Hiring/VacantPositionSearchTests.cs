using HireHub.Core.Features.Hiring;
using HireHub.Tests.Support;

namespace HireHub.Tests.Core.Hiring;

/// <summary>The position picker's search; the tests only read, so they share one database.</summary>
public sealed class VacantPositionSearchTests(ThreeVacantPositions fixture) : IClassFixture<ThreeVacantPositions>
{
    [Theory]
    [InlineData("0001", new[] { "000101", "000102", "000103" })]
    [InlineData("designer", new[] { "000102" })]
    [InlineData("HUMAN", new[] { "000103" })]
    [InlineData("  Engineer ", new[] { "000101" })]
    [InlineData("Accountant", new string[0])]
    [InlineData("", new[] { "000101", "000102", "000103" })]
    public async Task FindVacantPositions_WithSearch_MatchesNumberTitleOrDepartment(string search, string[] expected)
    {
        var vacant = await fixture.Db.Get<HiringService>().FindVacantPositionsAsync(TestData.DefaultLegalEntityId, search, TestContext.Current.CancellationToken);

        Assert.Equal(expected, vacant.Select(p => p.PositionNumber));
    }
}
