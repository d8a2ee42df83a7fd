using HireHub.Core.Domain;
using HireHub.Core.Features.Candidates;
using HireHub.Core.Features.Exports;
using HireHub.Tests.Support;
using Microsoft.EntityFrameworkCore;

namespace HireHub.Tests.Core.Exports;

/// <summary>
/// Exports are written by one background writer for the whole process, and announced to every open panel from it:
/// what comes back to a caller, and what a panel renders, is in that caller's or that panel's language all the same.
/// </summary>
public sealed class ExportLanguageTests : IAsyncLifetime
{
    private ExportsDatabase database = null!;
    private ExportSource linkedIn = null!;

    public async ValueTask InitializeAsync()
    {
        database = await ExportsDatabase.CreateAsync();
        linkedIn = await database.LinkedInAsync();
    }

    public ValueTask DisposeAsync() => database.DisposeAsync();

    [Fact]
    public async Task Export_OfACandidateHrActedOn_RefusesInTheCallersLanguage_WhoeverStartedTheWriter()
    {
        // A Dutch request is the first export of the process: the writer's loop starts in its culture.
        await InCulture.Run("nl-NL", () => database.Exports.ExportAsync(linkedIn, Exported.Candidate("LI-1"), ct: TestContext.Current.CancellationToken));
        await database.QueryAsync(db => db.ExportedCandidates.Where(c => c.CandidateId == "LI-1").ExecuteUpdateAsync(
            set => set.SetProperty(c => c.Status, CandidateStatus.Dismissed).SetProperty(c => c.ActedBy, "Hanna Reyes").SetProperty(c => c.ActedAt, database.Time.GetUtcNow()),
            TestContext.Current.CancellationToken));

        var english = await InCulture.Run("en-US", () => database.Exports.ExportAsync(linkedIn, Exported.Candidate("LI-1", c => c.JobTitle = "Engineer"), ct: TestContext.Current.CancellationToken));
        var dutch = await InCulture.Run("nl-NL", () => database.Exports.ExportAsync(linkedIn, Exported.Candidate("LI-1", c => c.JobTitle = "Engineer"), ct: TestContext.Current.CancellationToken));

        Assert.StartsWith("This candidate was already dismissed by Hanna Reyes", english.Refused().Message);
        Assert.StartsWith("Deze kandidaat is al afgewezen door Hanna Reyes", dutch.Refused().Message);
    }

    [Fact]
    public async Task Announcement_ReadInEnglish_CallsADutchSubscriberInDutch()
    {
        var feed = database.Get<CandidateFeed>();
        await feed.StartAsync(TestContext.Current.CancellationToken);
        var seen = new TaskCompletionSource<string>(TaskCreationOptions.RunContinuationsAsynchronously);
        using var subscription = InCulture.Run("nl-NL", () => feed.Subscribe(_ =>
        {
            seen.TrySetResult(System.Globalization.CultureInfo.CurrentUICulture.Name);
            return Task.CompletedTask;
        }));

        // An English export, read from the change log by a follower running in English (the app's runs in the host's).
        await InCulture.Run("en-US", async () =>
        {
            await database.Exports.ExportAsync(linkedIn, Exported.Candidate("LI-9"), ct: TestContext.Current.CancellationToken);
            return await feed.CatchUpAsync(TestContext.Current.CancellationToken);
        });

        Assert.Equal("nl-NL", await seen.Task.WaitAsync(TimeSpan.FromSeconds(10), TestContext.Current.CancellationToken));
    }
}
