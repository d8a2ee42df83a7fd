using System.Collections.Concurrent;
using System.Diagnostics;
using System.Net;
using HireHub.Core.Data;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace HireHub.Drills;

/// <summary>
/// Many callers export new candidates as fast as the app answers, for a fixed time. Passes when no answer is a 5xx
/// (nor a dropped connection) and the candidates stored equal the 201 answers: none lost, none doubled.
/// </summary>
public static class LoadRun
{
    public static async Task<int> RunAsync(DrillArguments args)
    {
        var callers = args.Number("callers", 100);
        var duration = TimeSpan.FromSeconds(args.Number("seconds", 60));
        var run = Guid.NewGuid().ToString("N")[..8];
        var prefix = $"LOAD-{run}-";
        using var client = DrillApi.Client(args.Required("url"), args.Required("key"), callers);
        var statuses = new ConcurrentDictionary<int, int>();
        var latencies = new ConcurrentBag<double>();
        var errors = 0;
        var clock = Stopwatch.StartNew();

        await Task.WhenAll(Enumerable.Range(0, callers).Select(caller => Task.Run(async () =>
        {
            for (var i = 0; clock.Elapsed < duration; i++)
            {
                var started = clock.Elapsed;
                try
                {
                    using var request = DrillApi.Export($"{prefix}{caller}-{i}", (caller * 1_000_000L) + i);
                    using var response = await client.SendAsync(request);
                    statuses.AddOrUpdate((int)response.StatusCode, 1, (_, n) => n + 1);
                    latencies.Add((clock.Elapsed - started).TotalMilliseconds);
                }
                catch (Exception ex) when (ex is HttpRequestException or TaskCanceledException or IOException)
                {
                    if (Interlocked.Increment(ref errors) <= 5)
                    {
                        Console.Error.WriteLine($"  caller {caller}: {ex.GetType().Name}: {ex.Message}");
                    }
                }
            }
        })));
        var elapsed = clock.Elapsed;

        await using var services = HireStream.CoreHost(Path.GetFullPath(args.Required("db")));
        await using var db = await services.GetRequiredService<IDbContextFactory<HireHubDbContext>>().CreateDbContextAsync();
        var stored = await db.ExportedCandidates.CountAsync(c => c.CandidateId.StartsWith(prefix));
        var created = statuses.GetValueOrDefault((int)HttpStatusCode.Created);
        var serverErrors = statuses.Where(s => s.Key >= 500).Sum(s => s.Value);
        var sorted = latencies.Order().ToList();
        double Percentile(double p) => sorted.Count == 0 ? 0 : sorted[Math.Min(sorted.Count - 1, (int)(p * sorted.Count))];

        Console.WriteLine($"  {callers} callers for {elapsed.TotalSeconds:0} s: {statuses.Values.Sum()} answers ({statuses.Values.Sum() / elapsed.TotalSeconds:0} a second), "
            + string.Join(", ", statuses.OrderBy(s => s.Key).Select(s => $"{s.Key}: {s.Value}")) + $"; {errors} failed connections");
        Console.WriteLine($"  latency p50 {Percentile(0.5):0} ms, p95 {Percentile(0.95):0} ms, p99 {Percentile(0.99):0} ms, max {Percentile(1):0} ms");
        Console.WriteLine($"  201 answers {created}, candidates stored {stored}");

        var passed = serverErrors == 0 && errors == 0 && created == stored && created > 0;
        if (!passed)
        {
            Console.WriteLine($"  PROBLEM: {serverErrors} server errors, {errors} failed connections, {created} created vs {stored} stored");
        }

        return passed ? 0 : 1;
    }
}
