using HireHub.Core.Features.Exports;

namespace HireHub.Web.Api;

/// <summary>Removes idempotency records past their 24 hours, once an hour.</summary>
internal sealed class IdempotencyCleanup(IdempotencyStore store, ILogger<IdempotencyCleanup> logger) : BackgroundService
{
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        using var timer = new PeriodicTimer(TimeSpan.FromHours(1));
        while (await timer.WaitForNextTickAsync(stoppingToken))
        {
            try
            {
                var removed = await store.PurgeExpiredAsync(stoppingToken);
                logger.LogDebug("Removed {Count} expired idempotency records", removed);
            }
            catch (Exception ex) when (ex is not OperationCanceledException)
            {
                logger.LogWarning(ex, "Could not remove expired idempotency records; trying again in an hour");
            }
        }
    }
}
