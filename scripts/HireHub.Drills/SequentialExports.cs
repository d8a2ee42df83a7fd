using System.Diagnostics;
using System.Net;

namespace HireHub.Drills;

/// <summary>
/// Single exports sent one after another, each waiting for its answer before the next is sent, so no two share a group
/// commit: each 201 stands for a commit of its own. scripts/fsync-drill.sh counts the app's fsync calls meanwhile.
/// Prints the number acknowledged on its last line; exits non-zero unless every export was created.
/// </summary>
public static class SequentialExports
{
    public static async Task<int> RunAsync(DrillArguments args)
    {
        var count = args.Number("count", 100);
        var run = Guid.NewGuid().ToString("N")[..8];
        using var client = DrillApi.Client(args.Required("url"), args.Required("key"), connections: 1);
        var clock = Stopwatch.StartNew();
        var created = 0;
        for (var i = 0; i < count; i++)
        {
            using var request = DrillApi.Export($"FSYNC-{run}-{i}", 9_000_000L + i);
            using var response = await client.SendAsync(request);
            if (response.StatusCode != HttpStatusCode.Created)
            {
                Console.Error.WriteLine($"Export {i + 1} of {count}: {(int)response.StatusCode} {await response.Content.ReadAsStringAsync()}");
                return 1;
            }

            created++;
        }

        Console.Error.WriteLine($"{created} exports acknowledged one after another in {clock.Elapsed.TotalSeconds:0.0} s.");
        Console.WriteLine(created);
        return 0;
    }
}
