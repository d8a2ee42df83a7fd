using HireHub.Core.Features.Candidates;
using Microsoft.Extensions.Options;

namespace HireHub.Web.Operations;

/// <summary>The <c>CandidateFeed</c> section: how often each instance reads the candidate change log.</summary>
public sealed class CandidateFeedOptions
{
    public const string SectionName = "CandidateFeed";

    /// <summary>
    /// Between two reads of the log. A change committed by any instance reaches every open Candidates to hire panel
    /// within about this long plus one query and one page reload; idle, a read is one indexed query that finds nothing.
    /// </summary>
    public TimeSpan PollInterval { get; set; } = TimeSpan.FromMilliseconds(500);
}

/// <summary>
/// The one reader of the candidate change log on this instance: follows it from the log's end at start-up, reads it
/// every <see cref="CandidateFeedOptions.PollInterval"/> and tells this instance's panels (<see cref="CandidateFeed"/>);
/// once a minute it prunes what every instance has long read.
/// </summary>
internal sealed class CandidateFeedFollower(CandidateFeed feed, IOptions<CandidateFeedOptions> options, TimeProvider time, ILogger<CandidateFeedFollower> logger)
    : BackgroundService
{
    private static readonly TimeSpan PruneEvery = TimeSpan.FromMinutes(1);
    private PeriodicTimer? ticks;

    public override async Task StartAsync(CancellationToken cancellationToken)
    {
        // Before the app serves a page: a panel that opens must not miss a change the follower's first read would skip.
        try
        {
            await feed.StartAsync(cancellationToken);
        }
        catch (Exception ex) when (ex is not OperationCanceledException)
        {
            // Then the first read starts at the log's beginning: minutes of old news, to panels that are not open yet.
            logger.LogWarning(ex, "Could not find the end of the candidate change log at start-up");
        }

        // Made here, not in ExecuteAsync (which runs on its own): the first interval counts from the start.
        var interval = options.Value.PollInterval > TimeSpan.Zero ? options.Value.PollInterval : new CandidateFeedOptions().PollInterval;
        ticks = new PeriodicTimer(interval, time);
        await base.StartAsync(cancellationToken);
    }

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        var nextPrune = time.GetUtcNow() + PruneEvery;
        var failing = false;
        while (await ticks!.WaitForNextTickAsync(stoppingToken))
        {
            try
            {
                await feed.CatchUpAsync(stoppingToken);
                if (time.GetUtcNow() >= nextPrune)
                {
                    nextPrune = time.GetUtcNow() + PruneEvery;
                    await feed.PruneAsync(stoppingToken);
                }

                failing = false;
            }
            catch (Exception ex) when (ex is not OperationCanceledException)
            {
                // Logged once per outage, not twice a second; the next read picks up where this one stopped.
                if (!failing)
                {
                    logger.LogWarning(ex, "Could not read the candidate change log; open panels miss live changes until it can be read again");
                }

                failing = true;
            }
        }
    }

    public override void Dispose()
    {
        ticks?.Dispose();
        base.Dispose();
    }
}
