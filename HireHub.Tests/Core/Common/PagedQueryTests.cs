using HireHub.Core.Common;
using HireHub.Core.Domain;
using Microsoft.EntityFrameworkCore;

namespace HireHub.Tests.Core.Common;

public sealed class PagedQueryTests : DatabaseTest
{
    [Fact]
    public async Task WhereAnyContains_SendsTheSameSqlAsTheLikesWrittenByHand_ThePatternAParameter()
    {
        await using var db = Db.CreateDbContext();
        var pattern = LikePattern.Contains("50%");

        var byHand = db.Workers.Where(w => EF.Functions.Like(w.FirstName + " " + w.LastName, pattern, LikePattern.Escape)
            || EF.Functions.Like(w.Email, pattern, LikePattern.Escape)
            || EF.Functions.Like(w.PersonnelNumber, pattern, LikePattern.Escape));
        var helped = db.Workers.WhereAnyContains(" 50% ", w => w.FirstName + " " + w.LastName, w => w.Email, w => w.PersonnelNumber);

        Assert.Equal(byHand.ToQueryString(), helped.ToQueryString());
        Assert.StartsWith(".param set ", helped.ToQueryString(), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(null)]
    [InlineData("  ")]
    public async Task WhereAnyContains_WithNothingTyped_FiltersNothing(string? search)
    {
        await using var db = Db.CreateDbContext();

        Assert.Equal(db.Workers.ToQueryString(), db.Workers.WhereAnyContains(search, w => w.Email).ToQueryString());
    }

    [Fact]
    public async Task ToPageAsync_CountsEveryMatch_AndReadsOnlyTheRequestedPageInOrder()
    {
        foreach (var number in new[] { "000003", "000001", "000005", "000002", "000004" })
        {
            await Db.Given.WorkerAsync(w => w with { PersonnelNumber = number });
        }

        await using var db = Db.CreateDbContext();
        var page = await db.Workers.AsNoTracking()
            .ToPageAsync(new PageRequest(Page: 1, PageSize: 2), q => q.OrderBy(w => w.PersonnelNumber), w => w.PersonnelNumber, TestContext.Current.CancellationToken);

        Assert.Equal(["000003", "000004"], page.Items);
        Assert.Equal(5, page.TotalCount);
        Assert.Equal(["#000003", "#000004"], page.Map(number => "#" + number).Items);
    }
}
