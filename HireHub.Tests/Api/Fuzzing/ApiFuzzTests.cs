using System.Collections.Concurrent;
using System.Diagnostics;
using System.Net.Http.Headers;
using System.Text.Json.Nodes;
using HireHub.Core.Domain;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.Metadata;
using Microsoft.AspNetCore.Routing;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace HireHub.Tests.Api.Fuzzing;

/// <summary>
/// Reliability proof 5: 10,000 generated hostile requests (<see cref="HostilePayloads"/>, fixed seed) spread over every
/// write endpoint under <c>/api/v1</c>, found by enumerating the app's routes, sent with a valid token. None may get a
/// 5xx; every error is <c>application/problem+json</c> and names no exception or stack frame; and no table gains a
/// row, except the integration log of refused calls (by design) and, for a batch answered 200 with every item
/// refused, the idempotency record that lets the ATS replay that answer.
/// </summary>
public sealed class ApiFuzzTests(ApiAppFactory app) : IClassFixture<ApiAppFactory>
{
    private const int Seed = 5;
    private const int Requests = 10_000;
    // Every refusal writes one integration log row; SQLite takes one writer at a time and a writer that finds the file
    // locked waits ~150 ms, so more than a couple of requests at once only adds waiting, not coverage.
    private const int InFlight = 2;
    private static readonly string[] Leaks = ["Exception", "   at ", ".cs:line", "StackTrace", "System.", "Microsoft.", "SQLite Error", "SqliteConnection"];

    [Fact]
    public async Task TenThousandHostileRequests_ToEveryWriteEndpoint_AreRefusedCleanlyAndStoreNothing()
    {
        var ct = TestContext.Current.CancellationToken;
        using var client = app.ApiClient();
        var endpoints = WriteEndpoints();
        Assert.NotEmpty(endpoints);
        var generator = new HostilePayloads(Seed);
        var random = new Random(Seed);
        var cases = Enumerable.Range(0, Requests).Select(n =>
        {
            var endpoint = endpoints[n % endpoints.Count];
            var path = endpoint.Path.Replace("{id}", new Guid(random.NextInt64().ToString("x16") + random.NextInt64().ToString("x16")).ToString(), StringComparison.Ordinal);
            return (Number: n, Endpoint: endpoint, Path: path, Request: generator.Next(endpoint.Shape, endpoint.NeedsKey));
        }).ToList();
        var before = await RowCountsAsync();
        var failures = new ConcurrentBag<string>();
        var batchAnswersStored = 0;
        var statuses = new ConcurrentDictionary<int, int>();
        var clock = Stopwatch.StartNew();

        await Parallel.ForEachAsync(cases, new ParallelOptions { MaxDegreeOfParallelism = InFlight, CancellationToken = ct }, async (c, token) =>
        {
            using var request = new HttpRequestMessage(c.Endpoint.Method, c.Path) { Content = new ByteArrayContent(c.Request.Body) };
            request.Content.Headers.ContentType = c.Request.ContentType is null ? null : MediaTypeHeaderValue.Parse(c.Request.ContentType);
            if (c.Request.IdempotencyKey is not null)
            {
                request.Headers.TryAddWithoutValidation("Idempotency-Key", c.Request.IdempotencyKey);
            }

            using var response = await client.SendAsync(request, token);
            var status = (int)response.StatusCode;
            var body = await response.Content.ReadAsStringAsync(token);
            statuses.AddOrUpdate(status, 1, (_, n) => n + 1);
            var problem = Judge(c.Endpoint, status, response.Content.Headers.ContentType?.MediaType, body);
            if (problem is null && status == 200 && c.Endpoint.Shape == BodyShape.Batch)
            {
                Interlocked.Increment(ref batchAnswersStored);
            }

            if (problem is not null)
            {
                failures.Add($"case {c.Number} (seed {Seed}), {c.Endpoint.Method} {c.Path}, {c.Request.Defect}: {status} {problem}; body {body[..Math.Min(body.Length, 300)]}");
            }
        });
        var elapsed = clock.Elapsed;

        Assert.True(failures.IsEmpty, $"{failures.Count} of {Requests} requests were not refused cleanly:\n" + string.Join("\n", failures.Take(25)));
        var after = await RowCountsAsync();
        var idempotency = await app.InDatabaseAsync(db => Task.FromResult(TableOf<IdempotencyRecord>(db)));
        before[idempotency] += batchAnswersStored;
        Assert.Equal(before, after);
        TestContext.Current.TestOutputHelper?.WriteLine(
            $"Fuzzing: {Requests} requests over {string.Join(", ", endpoints.Select(e => $"{e.Method} {e.Path}"))} in {elapsed.TotalSeconds:0.0} s; "
            + string.Join(", ", statuses.OrderBy(s => s.Key).Select(s => $"{s.Key}: {s.Value}")) + $"; {batchAnswersStored} all-refused batch answers kept for replay.");
    }

    /// <summary>Null when the answer is a clean refusal, else what is wrong with it.</summary>
    private static string? Judge(WriteEndpoint endpoint, int status, string? mediaType, string body)
    {
        if (status >= 500)
        {
            return "server error";
        }

        if (Leaks.FirstOrDefault(l => body.Contains(l, StringComparison.Ordinal)) is { } leak)
        {
            return $"the response shows '{leak}'";
        }

        if (status >= 400)
        {
            return mediaType == "application/problem+json" && JsonNode.Parse(body)?["status"]?.GetValue<int>() == status ? null : $"not problem details ({mediaType})";
        }

        // A batch answers 200 with one result per item; it may do so only when every item was refused.
        var items = endpoint.Shape == BodyShape.Batch && status == 200 ? JsonNode.Parse(body)?["items"]?.AsArray() : null;
        return items is { Count: > 0 } && items.All(i => i?["status"]?.GetValue<int>() == 400) ? null : "accepted";
    }

    private List<WriteEndpoint> WriteEndpoints()
    {
        string[] writes = [HttpMethods.Post, HttpMethods.Put, HttpMethods.Patch, HttpMethods.Delete];
        return app.Services.GetRequiredService<EndpointDataSource>().Endpoints.OfType<RouteEndpoint>()
            .Where(e => e.RoutePattern.RawText?.StartsWith("/api/v1", StringComparison.Ordinal) == true)
            .SelectMany(e => (e.Metadata.GetMetadata<IHttpMethodMetadata>()?.HttpMethods ?? []).Intersect(writes).Select(method =>
            {
                var path = System.Text.RegularExpressions.Regex.Replace(e.RoutePattern.RawText!, @"\{(\w+)(:[^}]*)?\}", "{$1}");
                var type = e.Metadata.GetMetadata<IAcceptsMetadata>()?.RequestType;
                var shape = type == typeof(HireHub.Core.Features.Exports.ExportCandidate) ? BodyShape.Export
                    : type == typeof(HireHub.Core.Features.Exports.ExportCandidateBatch) ? BodyShape.Batch : BodyShape.Unknown;

                // A dry run stores nothing and takes no key; every other write needs one.
                return new WriteEndpoint(new HttpMethod(method), path, shape, NeedsKey: !path.EndsWith("/dry-run", StringComparison.Ordinal));
            }))
            .OrderBy(e => e.Path, StringComparer.Ordinal).ThenBy(e => e.Method.Method, StringComparer.Ordinal)
            .ToList();
    }

    /// <summary>Rows in every table of the model, but the integration log, which records every refused call.</summary>
    private Task<SortedDictionary<string, long>> RowCountsAsync() => app.InDatabaseAsync(async db =>
    {
        var log = TableOf<IntegrationLogEntry>(db);
        var counts = new SortedDictionary<string, long>(StringComparer.Ordinal);
        foreach (var table in db.Model.GetEntityTypes().Select(t => t.GetTableName()).OfType<string>().Distinct().Where(t => t != log))
        {
            // Table names come from the model, not from input.
            var sql = "SELECT COUNT(*) AS \"Value\" FROM \"" + table + "\"";
            counts[table] = await db.Database.SqlQueryRaw<long>(sql).SingleAsync();
        }

        return counts;
    });

    private static string TableOf<T>(HireHub.Core.Data.HireHubDbContext db) => db.Model.FindEntityType(typeof(T))!.GetTableName()!;

    private sealed record WriteEndpoint(HttpMethod Method, string Path, BodyShape Shape, bool NeedsKey);
}
