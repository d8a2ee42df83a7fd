using HireHub.Core;
using HireHub.Core.Common;
using HireHub.Core.Data;
using HireHub.Core.Domain;
using HireHub.Core.Features.Candidates;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace HireHub.Tests.Core.Candidates;

/// <summary>
/// Pages in order of receipt seek to their first row instead of skipping rows with OFFSET. These tests hold the two
/// ways to the same rows: a search that matches every candidate still pages with OFFSET, so it is the reference.
/// </summary>
public sealed class CandidatePagingTests : IAsyncLifetime
{
    private const string MatchesEveryone = "Candidate";

    private readonly string folder = Directory.CreateTempSubdirectory("hirehub-paging-").FullName;
    private ServiceProvider services = default!;
    private DateTimeOffset now;

    private CandidateQueries Queries => services.GetRequiredService<CandidateQueries>();

    public async ValueTask InitializeAsync()
    {
        var configuration = new ConfigurationBuilder()
            .AddInMemoryCollection(new Dictionary<string, string?> { ["ConnectionStrings:HireHub"] = $"Data Source={Path.Combine(folder, "hirehub.db")}" })
            .Build();
        services = new ServiceCollection().AddLogging().AddHireHubCore(configuration, folder).BuildServiceProvider();
        await services.GetRequiredService<DatabaseInitializer>().InitializeAsync(seedDemoData: false, ct: TestContext.Current.CancellationToken);
        now = TimeProvider.System.GetUtcNow();

        // 30 waiting candidates received in threes at the same instant, so some page boundaries fall inside a
        // group of equal received times and some between groups; decided candidates in between are never shown.
        await using var db = await services.GetRequiredService<IDbContextFactory<HireHubDbContext>>().CreateDbContextAsync(TestContext.Current.CancellationToken);
        var connection = await db.AtsConnections.Select(c => c.Id).FirstAsync(TestContext.Current.CancellationToken);
        for (var i = 0; i < 36; i++)
        {
            db.ExportedCandidates.Add(new ExportedCandidate
            {
                ConnectionId = connection,
                CandidateId = $"C-{i:D3}",
                FirstName = "Candidate",
                LastName = $"Number {i:D3}",
                Email = $"candidate.{i}@example.com",
                ReceivedAt = now.AddMinutes(-(i / 3)),
                Status = i % 6 == 5 ? CandidateStatus.Dismissed : CandidateStatus.NotProcessed,
            });
        }

        await db.SaveChangesAsync(TestContext.Current.CancellationToken);
    }

    [Theory]
    [InlineData(null, SortDirection.Ascending)]
    [InlineData(CandidateSort.ReceivedAt, SortDirection.Descending)]
    [InlineData(CandidateSort.ReceivedAt, SortDirection.Ascending)]
    public async Task ListToHire_EveryPageInOrderOfReceipt_HoldsTheRowsOffsetPagingGives(string? sortBy, SortDirection direction)
    {
        for (var page = 0; page < 9; page++)
        {
            var seeking = await Queries.ListToHireAsync(new PageRequest(page, 4, sortBy, direction), TestContext.Current.CancellationToken);
            var skipping = await Queries.ListToHireAsync(new PageRequest(page, 4, sortBy, direction, MatchesEveryone), TestContext.Current.CancellationToken);

            Assert.Equal(30, seeking.TotalCount);
            Assert.Equal(skipping.Items.Select(c => c.Id), seeking.Items.Select(c => c.Id));
        }
    }

    [Fact]
    public async Task ListToHire_PagingThroughNewestFirst_ShowsEveryWaitingCandidateOnceInOrderOfReceipt()
    {
        var rows = new List<CandidateToHire>();
        for (var page = 0; page < 8; page++)
        {
            rows.AddRange((await Queries.ListToHireAsync(new PageRequest(page, 4), TestContext.Current.CancellationToken)).Items);
        }

        Assert.Equal(30, rows.Select(c => c.Id).Distinct().Count());
        Assert.Equal(rows.Select(c => c.ReceivedAt).OrderDescending(), rows.Select(c => c.ReceivedAt));
        var dismissed = Enumerable.Range(0, 36).Where(i => i % 6 == 5).Select(i => $"Candidate Number {i:D3}");
        Assert.Empty(rows.Select(c => c.Name).Intersect(dismissed));
    }

    [Theory]
    [InlineData(6)]
    [InlineData(7)]
    [InlineData(50)]
    public async Task ListToHire_PageAtOrPastTheEnd_IsEmptyWithTheTotal(int page)
    {
        var result = await Queries.ListToHireAsync(new PageRequest(page, 5), TestContext.Current.CancellationToken);

        Assert.Empty(result.Items);
        Assert.Equal(30, result.TotalCount);
    }

    public async ValueTask DisposeAsync()
    {
        await services.DisposeAsync();
        SqliteConnection.ClearAllPools();
        try
        {
            Directory.Delete(folder, recursive: true);
        }
        catch (IOException)
        {
            // A file still held by a late connection is left to the OS's temp clean-up.
        }
    }
}
