using Microsoft.Extensions.Caching.Memory;
using Microsoft.Extensions.Internal;
using Microsoft.Extensions.Options;

namespace HireHub.Core.Features.Integrations;

/// <summary>
/// The <c>Integrations:RegistryCache</c> section: how long this instance may answer the API's registry check from
/// memory. Changes made through this instance take effect on the very next request whatever this says (see
/// <see cref="RegistryCache"/>); the duration only bounds how long a change made by <em>another</em> instance on the
/// same database can go unseen here.
/// </summary>
public sealed class RegistryCacheOptions
{
    public const string SectionName = "Integrations:RegistryCache";

    /// <summary>Longest accepted duration: a revoked application must not keep writing for long on another instance.</summary>
    public static readonly TimeSpan MaxDuration = TimeSpan.FromMinutes(1);

    /// <summary>How long a registry read is kept, from when it was read (absolute, never slid). Zero turns the cache off.</summary>
    public TimeSpan Duration { get; set; } = TimeSpan.FromSeconds(5);

    /// <summary>Client IDs kept at most; a token naming ever new client IDs cannot make the cache grow past this.</summary>
    public int MaxApplications { get; set; } = 1000;
}

/// <summary>
/// What the registry read for each client ID, so that the API's check on every request is a memory lookup instead
/// of three queries. Each entry carries the generation it was read under: <see cref="Invalidate"/> (called by
/// <see cref="RegistryChangeWatch"/> after every committed write to a table the registry reads) moves the
/// generation on, so an entry read before the change, even one stored after it by a slow reader, is never served
/// again. Entries also expire <see cref="RegistryCacheOptions.Duration"/> after they were read, which is all that
/// covers changes another instance makes. Refusals are cached the same way, since they are the same facts.
/// </summary>
public sealed class RegistryCache : IDisposable
{
    private readonly MemoryCache entries;
    private readonly TimeSpan duration;
    private long generation;

    public RegistryCache(IOptions<RegistryCacheOptions> options, TimeProvider time)
    {
        duration = options.Value.Duration;
        entries = new MemoryCache(new MemoryCacheOptions
        {
            Clock = new TimeProviderClock(time),
            SizeLimit = Math.Max(1, options.Value.MaxApplications),
            CompactionPercentage = 0.5,
        });
    }

    /// <summary>Whether the cache is on at all (a zero <see cref="RegistryCacheOptions.Duration"/> turns it off).</summary>
    public bool Enabled => duration > TimeSpan.Zero;

    /// <summary>Moves on whenever something the registry reads has changed; for tests and diagnostics.</summary>
    public long Generation => Interlocked.Read(ref generation);

    /// <summary>
    /// The registry's facts for <paramref name="clientId"/>: from memory when read since the last change and within
    /// the duration, otherwise from <paramref name="read"/> (whose result is then kept).
    /// </summary>
    internal async Task<RegistryFacts> GetOrReadAsync(Guid clientId, Func<Guid, CancellationToken, Task<RegistryFacts>> read, CancellationToken ct)
    {
        if (!Enabled)
        {
            return await read(clientId, ct);
        }

        // Taken before reading: a change committed while the read runs moves the generation past it, so what this
        // read saw is stored under a generation that is already old and is never served.
        var readUnder = Generation;
        if (entries.TryGetValue(clientId, out Entry? cached) && cached!.Generation == readUnder)
        {
            return cached.Facts;
        }

        var facts = await read(clientId, ct);
        entries.Set(clientId, new Entry(readUnder, facts), new MemoryCacheEntryOptions { AbsoluteExpirationRelativeToNow = duration, Size = 1 });
        return facts;
    }

    /// <summary>Forgets everything read so far; called after a change to the registry's tables has committed.</summary>
    public void Invalidate()
    {
        Interlocked.Increment(ref generation);
        entries.Clear();
    }

    public void Dispose() => entries.Dispose();

    private sealed record Entry(long Generation, RegistryFacts Facts);

    /// <summary>MemoryCache reads the time through its own clock interface; this lends it the app's (fake in tests) TimeProvider.</summary>
    private sealed class TimeProviderClock(TimeProvider time) : ISystemClock
    {
        public DateTimeOffset UtcNow => time.GetUtcNow();
    }
}

/// <summary>Refuses a registry cache that would hide another instance's changes for long.</summary>
internal sealed class RegistryCacheOptionsValidator : IValidateOptions<RegistryCacheOptions>
{
    public ValidateOptionsResult Validate(string? name, RegistryCacheOptions options)
    {
        List<string> failures = [];
        if (options.Duration < TimeSpan.Zero || options.Duration > RegistryCacheOptions.MaxDuration)
        {
            failures.Add($"{RegistryCacheOptions.SectionName}:Duration must be between 00:00:00 (off) and {RegistryCacheOptions.MaxDuration:c}; it is {options.Duration:c}.");
        }

        if (options.MaxApplications < 1)
        {
            failures.Add($"{RegistryCacheOptions.SectionName}:MaxApplications must be at least 1; it is {options.MaxApplications}.");
        }

        return failures.Count == 0 ? ValidateOptionsResult.Success : ValidateOptionsResult.Fail(failures);
    }
}
