using System.Threading.Channels;
using HireHub.Core.Data;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging;

namespace HireHub.Core.Features.Exports;

/// <summary>
/// Group commit for exports. SQLite (and a hot table on SQL Server) takes one writer at a time: 64 ATS calls each
/// opening its own write transaction mostly wait for the lock (Microsoft.Data.Sqlite sleeps between tries), and
/// each pays a commit of its own. Here every export joins a queue; one background writer takes whatever has queued
/// meanwhile and stores it in one transaction, and each caller gets its answer only after that transaction
/// committed, so an answer still means "durable". If the group's transaction fails (a unique index or an
/// idempotency key met a writer on another instance, or any error), nothing of it is kept and each request is
/// retried in a transaction of its own, so one bad request never fails or duplicates its neighbours.
/// </summary>
public sealed class ExportWriter : IAsyncDisposable, IDisposable
{
    /// <summary>Items (not requests) per group: a full batch request forms a group of its own.</summary>
    public const int MaxGroupItems = ExportService.MaxBatchItems;

    // A concurrent writer of the same candidate (a unique index or a concurrency token refused ours) is met by
    // reading again and deciding again; after this many tries the caller gets a failure it may retry.
    private const int MaxAttempts = 3;

    private readonly Channel<Pending> queue = Channel.CreateBounded<Pending>(new BoundedChannelOptions(4 * MaxGroupItems) { SingleReader = true });
    private readonly IDbContextFactory<HireHubDbContext> dbFactory;
    private readonly ExportGroup group;
    private readonly ILogger<ExportWriter> logger;
    private readonly Task loop;

    internal ExportWriter(IDbContextFactory<HireHubDbContext> dbFactory, ExportGroup group, ILogger<ExportWriter> logger)
    {
        this.dbFactory = dbFactory;
        this.group = group;
        this.logger = logger;
        loop = Task.Run(WriteGroupsAsync);
    }

    /// <summary>Requests waiting for the transaction after the one being written.</summary>
    internal int Queued => queue.Reader.Count;

    /// <summary>Queues <paramref name="write"/> and completes once it committed (or failed, with the error it met).</summary>
    internal async Task<ExportWriteResult> WriteAsync(ExportWrite write, CancellationToken ct = default)
    {
        var pending = new Pending(write, new TaskCompletionSource<ExportWriteResult>(TaskCreationOptions.RunContinuationsAsynchronously));
        await queue.Writer.WriteAsync(pending, ct);
        // Not cancelled by ct once queued: the write may already be committing, and its caller may retry with its key.
        return await pending.Answer.Task;
    }

    private async Task WriteGroupsAsync()
    {
        var pending = new List<Pending>();
        while (await queue.Reader.WaitToReadAsync())
        {
            pending.Clear();
            var items = 0;
            while (items < MaxGroupItems && queue.Reader.TryPeek(out var next) && (pending.Count == 0 || items + next.Write.Items.Count <= MaxGroupItems))
            {
                queue.Reader.TryRead(out _);
                pending.Add(next);
                items += next.Write.Items.Count;
            }

            try
            {
                await CommitAsync(pending);
            }
            catch (Exception ex) when (pending.Count > 1 || IsConflict(ex))
            {
                // A lone export that met a concurrent writer is decided again on fresh data, as each of a group's is.
                logger.LogDebug(ex, "A group of {Count} exports failed; writing each on its own", pending.Count);
                foreach (var one in pending)
                {
                    await CommitAloneAsync(one);
                }
            }
            catch (Exception ex)
            {
                pending[0].Answer.TrySetException(ex);
            }
        }
    }

    private async Task CommitAloneAsync(Pending pending)
    {
        for (var attempt = 1; ; attempt++)
        {
            try
            {
                await CommitAsync([pending]);
                return;
            }
            catch (Exception ex) when (attempt < MaxAttempts && IsConflict(ex))
            {
                // Someone else created or changed one of these candidates, or claimed the key, meanwhile: decide again on fresh data.
            }
            catch (Exception ex)
            {
                pending.Answer.TrySetException(ex);
                return;
            }
        }
    }

    // Someone else created or changed one of these candidates, or claimed the key, meanwhile.
    private static bool IsConflict(Exception ex) => ex is DbUpdateConcurrencyException || (ex is DbUpdateException update && update.IsUniqueViolation());

    private async Task CommitAsync(IReadOnlyList<Pending> pending)
    {
        var writes = pending.Select(p => p.Write).ToList();
        // The answers go out only after the commit, which fsyncs (SqliteConnectionSettings): a 201 is on disk. The same
        // commit holds the candidate change log's entries, which tell every instance's panels (CandidateFeed).
        var results = await dbFactory.WriteAsync((db, ct) => group.WriteAsync(db, writes, ct), _ => true);
        for (var i = 0; i < pending.Count; i++)
        {
            pending[i].Answer.TrySetResult(results[i]);
        }
    }

    public async ValueTask DisposeAsync()
    {
        queue.Writer.TryComplete();
        await loop;
    }

    public void Dispose()
    {
        // A host disposed synchronously: let the queued writes finish, as DisposeAsync would.
        queue.Writer.TryComplete();
        loop.GetAwaiter().GetResult();
    }

    private sealed record Pending(ExportWrite Write, TaskCompletionSource<ExportWriteResult> Answer);
}
