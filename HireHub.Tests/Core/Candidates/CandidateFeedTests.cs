using HireHub.Core.Common;
using HireHub.Core.Domain;
using HireHub.Core.Features.Candidates;
using HireHub.Core.Features.Exports;
using HireHub.Core.Features.Hiring;
using HireHub.Core.Features.Privacy;
using HireHub.Tests.Core.Exports;
using HireHub.Tests.Support;
using Microsoft.EntityFrameworkCore;

namespace HireHub.Tests.Core.Candidates;

/// <summary>
/// The Candidates to hire panels learn of changes from the candidate change log, which every writer fills in its own
/// transaction and each instance reads (<see cref="CandidateFeed.CatchUpAsync"/>; the app's follower calls it every
/// half second). Nothing is announced before it is committed and read, each change once, whichever writer made it.
/// </summary>
public sealed class CandidateFeedTests : DatabaseTest
{
    private static readonly Actor Admin = new("sam.okoye", "Sam Okoye");

    /// <summary>Each writer that changes a candidate: arrange, then the write; the change a panel hears of and the status after it.</summary>
    private static readonly Dictionary<string, (CandidateChangeKind Kind, CandidateStatus Status, Func<TestDatabase, ExportedCandidate, Task<Func<Task<bool>>>> Arrange)> Writers = new()
    {
        ["hire"] = (CandidateChangeKind.Decided, CandidateStatus.Hired, async (db, candidate) =>
        {
            var request = TestData.HireRequestFor(candidate) with { PositionId = (await db.Given.PositionAsync()).Id };
            return async () => (await db.Get<HiringService>().HireAsync(request, TestData.HrProfessional, Ct)).Succeeded;
        }),
        ["do not hire"] = (CandidateChangeKind.Decided, CandidateStatus.NotHired, (db, candidate) => Writes(async () =>
            (await db.Get<CandidateDecisionService>().DoNotHireAsync(new DoNotHire { CandidateId = candidate.Id, ReasonCode = NotHiredReasons.DeclinedOffer, Comment = "Took another offer." }, TestData.HrProfessional, Ct)).Succeeded)),
        ["dismiss"] = (CandidateChangeKind.Decided, CandidateStatus.Dismissed, (db, candidate) => Writes(async () =>
            (await db.Get<CandidateDecisionService>().DismissAsync(candidate.Id, TestData.HrProfessional, Ct)).Succeeded)),
        ["erasure"] = (CandidateChangeKind.Erased, CandidateStatus.NotProcessed, (db, candidate) => Writes(async () =>
            (await db.Get<SubjectRightsService>().EraseCandidateAsync(candidate.Id, Admin, Ct)).Succeeded)),
        ["retention flag"] = (CandidateChangeKind.Changed, CandidateStatus.NotProcessed, (db, _) =>
        {
            db.Time.Advance(TimeSpan.FromDays(91));
            return Writes(async () => (await db.Get<RetentionSweep>().RunAsync(Ct)).Flagged == 1);
        }),
        ["legal hold"] = (CandidateChangeKind.Changed, CandidateStatus.NotProcessed, (db, candidate) => Writes(async () =>
            (await db.Get<LegalHoldService>().ChangeAsync(new ChangeLegalHold { CandidateId = candidate.Id, Hold = true, Reason = "Tribunal claim." }, Admin, Ct)).Succeeded)),
    };

    public static TheoryData<string> WriterNames => [.. Writers.Keys];

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    private CandidateFeed Feed => Db.Get<CandidateFeed>();

    [Fact]
    public async Task Export_IsAnnouncedOnceCommittedAndRead_AsTheCandidateNowIs()
    {
        await Feed.StartAsync(Ct);
        var heard = Listen();

        var receipt = await ExportAsync(Exported.Candidate("LI-FEED-1"));
        Assert.Empty(heard);
        await Feed.CatchUpAsync(Ct);
        await Feed.CatchUpAsync(Ct);

        Assert.Equal([new CandidateFeedItem(receipt.Candidate.Id, "LI-FEED-1", CandidateChangeKind.Exported, CandidateStatus.NotProcessed, 1)], heard);
    }

    [Fact]
    public async Task ReExport_WithChanges_IsARevision_AndWithoutChanges_IsNoNews()
    {
        var first = await ExportAsync(Exported.Candidate("LI-FEED-2"));
        await Feed.StartAsync(Ct);
        var heard = Listen();

        await ExportAsync(Exported.Candidate("LI-FEED-2"));
        await Feed.CatchUpAsync(Ct);
        Assert.Empty(heard);

        await ExportAsync(Exported.Candidate("LI-FEED-2", c => c.Location = "Seattle, WA"));
        await Feed.CatchUpAsync(Ct);
        Assert.Equal([new CandidateFeedItem(first.Candidate.Id, "LI-FEED-2", CandidateChangeKind.Revised, CandidateStatus.NotProcessed, 2)], heard);
    }

    [Theory]
    [MemberData(nameof(WriterNames))]
    public async Task EveryWriterOfACandidate_IsAnnounced(string writer)
    {
        var (kind, status, arrange) = Writers[writer];
        var candidate = await Db.Given.CandidateAsync();
        var write = await arrange(Db, candidate);
        await Feed.StartAsync(Ct);
        var heard = Listen();

        Assert.True(await write(), $"The {writer} did not succeed.");
        await Feed.CatchUpAsync(Ct);

        var item = Assert.Single(heard);
        Assert.Equal((candidate.Id, kind, status), (item.Id, item.Change, item.Status));
    }

    [Fact]
    public async Task StartedFeed_AnnouncesNothingCommittedBeforeItStarted()
    {
        await ExportAsync(Exported.Candidate("LI-FEED-3"));
        await Feed.StartAsync(Ct);
        var heard = Listen();

        Assert.Equal(0, await Feed.CatchUpAsync(Ct));

        Assert.Empty(heard);
    }

    [Fact]
    public async Task Subscription_OnceDisposed_IsNotCalled_AndAFailingOneDoesNotSilenceTheOthers()
    {
        await Feed.StartAsync(Ct);
        var disposedCalls = 0;
        Feed.Subscribe(_ =>
        {
            Interlocked.Increment(ref disposedCalls);
            return Task.CompletedTask;
        }).Dispose();
        using var failing = Feed.Subscribe(_ => throw new InvalidOperationException("A broken circuit."));
        var heard = Listen();

        await ExportAsync(Exported.Candidate("LI-FEED-4"));
        await Feed.CatchUpAsync(Ct);

        Assert.Equal(0, disposedCalls);
        Assert.Equal(["LI-FEED-4"], heard.Select(i => i.CandidateId));
    }

    [Fact]
    public async Task ChangeCommittedAfterAHigherId_IsAnnouncedWhenItCommits_AndNothingTwice()
    {
        // SQL Server hands out identity values at insert, not at commit: the transaction holding the lower id can commit last.
        var (early, late, next) = (await Db.Given.CandidateAsync(), await Db.Given.CandidateAsync(), await Db.Given.CandidateAsync());
        await Feed.StartAsync(Ct);
        var top = await LastChangeIdAsync();
        var heard = Listen();

        await LogAsync(top + 2, late);
        await Feed.CatchUpAsync(Ct);
        await LogAsync(top + 1, early);
        await Feed.CatchUpAsync(Ct);
        await LogAsync(top + 3, next);
        await Feed.CatchUpAsync(Ct);

        Assert.Equal([late.Id, early.Id, next.Id], heard.Select(i => i.Id));
    }

    [Fact]
    public async Task IdMissingForLongerThanAnyTransaction_IsGivenUp()
    {
        var (lost, next) = (await Db.Given.CandidateAsync(), await Db.Given.CandidateAsync());
        await Feed.StartAsync(Ct);
        var top = await LastChangeIdAsync();
        var heard = Listen();
        await LogAsync(top + 2, next);
        await Feed.CatchUpAsync(Ct);

        Db.Time.Advance(TimeSpan.FromSeconds(31));
        await LogAsync(top + 1, lost);
        await Feed.CatchUpAsync(Ct);

        Assert.Equal([next.Id], heard.Select(i => i.Id));
    }

    [Fact]
    public async Task Prune_RemovesEntriesReadLongerAgoThanTheRetention_AndKeepsNewerOnes()
    {
        await ExportAsync(Exported.Candidate("LI-FEED-5"));
        await Feed.CatchUpAsync(Ct);
        Assert.Equal(0, await Feed.PruneAsync(Ct));
        var read = await CountChangesAsync();
        Db.Time.Advance(CandidateFeed.Retention);
        await ExportAsync(Exported.Candidate("LI-FEED-6"));
        await Feed.CatchUpAsync(Ct);

        Assert.Equal(read, await Feed.PruneAsync(Ct));

        Assert.Equal(1, await CountChangesAsync());
    }

    private static Task<Func<Task<bool>>> Writes(Func<Task<bool>> write) => Task.FromResult(write);

    /// <summary>What the feed announces from now on, flattened; subscribers run as the read announces, so it is complete once a read returns.</summary>
    private List<CandidateFeedItem> Listen()
    {
        var heard = new List<CandidateFeedItem>();
        Feed.Subscribe(items =>
        {
            lock (heard)
            {
                heard.AddRange(items);
            }

            return Task.CompletedTask;
        });
        return heard;
    }

    private async Task<ExportReceipt> ExportAsync(ExportCandidate candidate)
    {
        var connection = await Db.Given.DefaultConnectionAsync();
        var source = new ExportSource(connection.Id, connection.DefaultPhoneRegion, new Actor("contoso-ats", "Contoso Careers ATS"));
        var result = await Db.Get<ExportService>().ExportAsync(source, candidate, ct: Ct);
        Assert.True(result.Succeeded, result.Problem?.Message);
        return result.Value!;
    }

    private async Task LogAsync(long id, ExportedCandidate candidate)
    {
        await using var db = Db.CreateDbContext();
        db.ChangeLog.Add(new ChangeLogEntry { Id = id, ExportedCandidateId = candidate.Id, Kind = CandidateChangeKind.Changed });
        await db.SaveChangesAsync(Ct);
    }

    private async Task<long> LastChangeIdAsync()
    {
        await using var db = Db.CreateDbContext();
        return await db.ChangeLog.MaxAsync(c => c.Id, Ct);
    }

    private async Task<int> CountChangesAsync()
    {
        await using var db = Db.CreateDbContext();
        return await db.ChangeLog.CountAsync(Ct);
    }
}
