using HireHub.Core.Common;
using HireHub.Core.Data;
using HireHub.Core.Domain;
using HireHub.Core.Features.Candidates;
using HireHub.Core.Features.Exports;
using HireHub.Tests.Core.Exports;
using HireHub.Tests.Support;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.TestHost;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;

namespace HireHub.Tests.Web;

/// <summary>
/// The app reads the candidate change log by itself, every <c>CandidateFeed:PollInterval</c> (half a second) on its
/// clock: a change committed anywhere reaches this instance's panels at the next read, which keeps the time to a
/// panel within a half second plus one query and one reload (the two-instance browser test measures the whole way).
/// </summary>
public sealed class CandidateFeedHostingTests
{
    [Fact]
    public async Task App_AnnouncesACommittedChangeAtItsNextReadOfTheLog_HalfASecondOnItsClock()
    {
        var ct = TestContext.Current.CancellationToken;
        using var app = new AppOnFakeClock();
        using var client = app.CreateClient();
        var heard = new TaskCompletionSource<CandidateFeedItem>(TaskCreationOptions.RunContinuationsAsynchronously);
        using var subscription = app.Services.GetRequiredService<CandidateFeed>().Subscribe(items =>
        {
            if (items.FirstOrDefault(i => i.CandidateId == "LI-TICK-1") is { } item)
            {
                heard.TrySetResult(item);
            }

            return Task.CompletedTask;
        });

        var exports = app.Services.GetRequiredService<ExportService>();
        AtsConnection connection;
        await using (var db = await app.Services.GetRequiredService<IDbContextFactory<HireHubDbContext>>().CreateDbContextAsync(ct))
        {
            connection = await db.AtsConnections.FirstAsync(c => c.Name == ReferenceData.LinkedInConnectionName, ct);
        }

        var source = new ExportSource(connection.Id, connection.DefaultPhoneRegion, new Actor("tests", "Tests"));
        Assert.True((await exports.ExportAsync(source, Exported.Candidate("LI-TICK-1"), ct: ct)).Succeeded);

        app.Time.Advance(TimeSpan.FromMilliseconds(499));
        Assert.False(heard.Task.IsCompleted, "Announced before the follower's next read: not from the change log.");
        app.Time.Advance(TimeSpan.FromMilliseconds(1));

        var item = await heard.Task.WaitAsync(TimeSpan.FromSeconds(30), ct);
        Assert.Equal(CandidateChangeKind.Exported, item.Change);
    }

    private sealed class AppOnFakeClock : HireHubAppFactory
    {
        public FakeTimeProvider Time { get; } = new(DateTimeOffset.UtcNow);

        protected override void ConfigureWebHost(IWebHostBuilder builder)
        {
            base.ConfigureWebHost(builder);
            builder.ConfigureTestServices(services => services.AddSingleton<TimeProvider>(Time));
        }
    }
}
