using HireHub.Core.Features.Privacy;
using Microsoft.Extensions.Options;

namespace HireHub.Web.Privacy;

/// <summary>
/// Runs the retention sweep on the app's <see cref="TimeProvider"/>, every <c>Retention:SweepInterval</c>. Each
/// instance of the app runs its own; the sweep is safe to run on several at once.
/// </summary>
internal sealed class RetentionBackgroundService(
    RetentionSweep sweep,
    IOptions<RetentionOptions> options,
    TimeProvider time,
    ILogger<RetentionBackgroundService> logger) : BackgroundService
{
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        var policy = options.Value;
        if (!policy.Enabled)
        {
            logger.LogWarning("Retention is disabled (Retention:Enabled = false): candidates' personal data is kept until erased by hand");
            return;
        }

        using var timer = new PeriodicTimer(policy.SweepInterval, time);
        do
        {
            try
            {
                var result = await sweep.RunAsync(stoppingToken);
                logger.LogInformation(
                    "Retention sweep: {Flagged} candidates flagged to HR, {Anonymised} anonymised, {Skipped} passed over",
                    result.Flagged,
                    result.Anonymised,
                    result.Skipped);
            }
            catch (Exception ex) when (ex is not OperationCanceledException)
            {
                logger.LogWarning(ex, "The retention sweep failed; it runs again in {Interval}", policy.SweepInterval);
            }
        }
        while (await timer.WaitForNextTickAsync(stoppingToken));
    }
}
