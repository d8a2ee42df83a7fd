namespace HireHub.Drills;

/// <summary>
/// Streams exports into the running app until this process is killed. Each export that got a 2xx answer is appended
/// to the acknowledged file at once (the OS keeps what was written when the process dies): the app promised to have
/// stored exactly these.
/// </summary>
public static class ExportStream
{
    public static async Task<int> RunAsync(DrillArguments args)
    {
        var round = args.Number("round", 1);
        var callers = args.Number("callers", 8);
        using var client = DrillApi.Client(args.Required("url"), args.Required("key"), callers);
        await using var acked = new StreamWriter(args.Required("acked"), append: true) { AutoFlush = true };
        var gate = new object();
        var failures = 0;

        await Task.WhenAll(Enumerable.Range(0, callers).Select(caller => Task.Run(async () =>
        {
            for (var i = 0; ; i++)
            {
                var candidateId = $"CRASH-{round}-{caller}-{i}";
                try
                {
                    using var request = DrillApi.Export(candidateId, (round * 1_000_000L) + (caller * 100_000L) + i);
                    using var response = await client.SendAsync(request);
                    if (response.IsSuccessStatusCode)
                    {
                        lock (gate)
                        {
                            acked.WriteLine(candidateId);
                        }
                    }
                    else if ((int)response.StatusCode >= 500)
                    {
                        Console.Error.WriteLine($"{candidateId}: {(int)response.StatusCode}");
                    }
                }
                catch (Exception ex) when (ex is HttpRequestException or TaskCanceledException or IOException)
                {
                    // The app is down (killed): keep trying, as an ATS would, until the script stops us.
                    if (Interlocked.Increment(ref failures) % 200 == 1)
                    {
                        Console.Error.WriteLine($"{candidateId}: {ex.GetType().Name}");
                    }

                    await Task.Delay(20);
                }
            }
        })));
        return 0;
    }
}
