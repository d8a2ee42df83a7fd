using System.Diagnostics;
using System.Globalization;
using System.Net;
using System.Text.Json;
using HireHub.Benchmarks.Running;
using HireHub.Core.Features.Exports;

namespace HireHub.Benchmarks.Measurements;

/// <summary>What one round of calls did: calls per second, errors, latency and the load generator's own CPU time per call.</summary>
internal sealed record ApiRun(double PerSecond, int Errors, string? FirstError, double P50, double P99, double CallerCpuMicroseconds);

/// <summary>
/// P1's callers, in a child process of their own (see <see cref="Hosting.ChildProgram"/>), so that the server's CPU time
/// per export is the benchmark process's alone: 64 concurrent callers sharing one <see cref="HttpClient"/>, each
/// taking the next call as soon as its own is answered. Obeys one line at a time: <c>export PREFIX COUNT</c> (new
/// candidates, each with its own Idempotency-Key; 201 expected), <c>dry-run PREFIX COUNT</c> (200),
/// <c>metadata COUNT</c> (200), <c>quit</c>; answers each with an <see cref="ApiRun"/> as one line of JSON.
/// Bodies are serialized before the clock starts: the figure is the server's work, not the callers'.
/// </summary>
internal static class LoadGenerator
{
    public const string Switch = "--load-generator";
    public const int Callers = 64;

    public static async Task<int> RunAsync(string baseAddress, string token)
    {
        using var client = ExportRequests.Client(new Uri(baseAddress), token, Callers);
        Console.WriteLine("ready");
        while (Console.ReadLine() is { } line)
        {
            ApiRun result;
            switch (line.Split(' ', StringSplitOptions.RemoveEmptyEntries))
            {
                case ["export", var prefix, var count]:
                    var bodies = Bodies(prefix, Count(count));
                    result = await CallAsync(client, bodies.Length, i => ExportRequests.Post("api/v1/exported-candidates", bodies[i], $"{prefix}-{i}"), HttpStatusCode.Created);
                    break;
                case ["dry-run", var prefix, var count]:
                    var dryRuns = Bodies(prefix, Count(count));
                    result = await CallAsync(client, dryRuns.Length, i => ExportRequests.Post("api/v1/exported-candidates/dry-run", dryRuns[i], $"{prefix}-{i}"), HttpStatusCode.OK);
                    break;
                case ["metadata", var count]:
                    result = await CallAsync(client, Count(count), _ => new HttpRequestMessage(HttpMethod.Get, "api/v1/metadata/exported-candidates"), HttpStatusCode.OK);
                    break;
                case ["quit"]:
                    return 0;
                default:
                    await Console.Error.WriteLineAsync($"Unknown command: {line}");
                    return 2;
            }

            Console.WriteLine(JsonSerializer.Serialize(result));
        }

        return 0;
    }

    private static int Count(string text) => int.Parse(text, CultureInfo.InvariantCulture);

    private static byte[][] Bodies(string prefix, int count) => Enumerable.Range(0, count)
        .Select(i => JsonSerializer.SerializeToUtf8Bytes(ExportRequests.Candidate($"{prefix}-{i:D7}", i), ExportJson.Options))
        .ToArray();

    private static async Task<ApiRun> CallAsync(HttpClient client, int count, Func<int, HttpRequestMessage> request, HttpStatusCode expected)
    {
        var latencies = new double[count];
        var errors = 0;
        string? firstError = null;
        var next = -1;
        var cpu = Environment.CpuUsage.TotalTime;
        var start = Stopwatch.GetTimestamp();
        var callers = Enumerable.Range(0, Callers).Select(_ => Task.Run(async () =>
        {
            for (var i = Interlocked.Increment(ref next); i < count; i = Interlocked.Increment(ref next))
            {
                var sent = Stopwatch.GetTimestamp();
                try
                {
                    using var message = request(i);
                    using var response = await client.SendAsync(message);
                    if (response.StatusCode != expected)
                    {
                        Interlocked.Increment(ref errors);
                        firstError ??= $"{(int)response.StatusCode}: {await response.Content.ReadAsStringAsync()}";
                    }
                    else
                    {
                        await response.Content.LoadIntoBufferAsync();
                    }
                }
                catch (HttpRequestException error)
                {
                    Interlocked.Increment(ref errors);
                    firstError ??= error.Message;
                }

                latencies[i] = Stopwatch.GetElapsedTime(sent).TotalMilliseconds;
            }
        })).ToArray();
        await Task.WhenAll(callers);
        var elapsed = Stopwatch.GetElapsedTime(start).TotalSeconds;
        var cpuPerCall = (Environment.CpuUsage.TotalTime - cpu).TotalMicroseconds / count;
        return new ApiRun(count / elapsed, errors, firstError, Percentiles.Of(latencies, 50), Percentiles.Of(latencies, 99), cpuPerCall);
    }
}
