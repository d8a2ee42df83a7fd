using HireHub.Core;
using HireHub.Core.Common;
using HireHub.Core.Data;
using HireHub.Core.Domain;
using HireHub.Core.Features.Hiring;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace HireHub.Drills;

/// <summary>
/// Hires the drill's exported candidates until this process is killed, as HR does in the Hire new worker dialog: the
/// dialog's own service (<see cref="HiringService.PrepareAsync"/>, then <see cref="HiringService.HireAsync"/>), hosted
/// here against the same database file the app is writing to. Hiring has no HTTP endpoint (it is a Blazor dialog), and
/// a browser would add minutes without changing the transaction under test.
/// </summary>
public static class HireStream
{
    public static async Task<int> RunAsync(DrillArguments args)
    {
        var database = Path.GetFullPath(args.Required("db"));
        await using var services = CoreHost(database);
        var hiring = services.GetRequiredService<HiringService>();
        var factory = services.GetRequiredService<IDbContextFactory<HireHubDbContext>>();
        var callers = args.Number("callers", 2);
        var actor = new Actor("crash-drill", "Crash drill");

        await Task.WhenAll(Enumerable.Range(0, callers).Select(caller => Task.Run(async () =>
        {
            while (true)
            {
                List<Guid> batch;
                await using (var db = await factory.CreateDbContextAsync())
                {
                    batch = await db.ExportedCandidates.AsNoTracking()
                        .Where(c => c.Status == CandidateStatus.NotProcessed && c.CandidateId.StartsWith("CRASH-"))
                        .OrderBy(c => c.ReceivedAt).Select(c => c.Id).Take(callers * 4).ToListAsync();
                }

                foreach (var id in batch.Where((_, i) => i % callers == caller))
                {
                    var draft = await hiring.PrepareAsync(id);
                    if (!draft.Succeeded)
                    {
                        continue;
                    }

                    var request = draft.Value.Request;
                    if (draft.Value.Duplicates.Count > 0)
                    {
                        request = request with { DuplicateDecision = DuplicateDecision.NewWorker, NewWorkerReason = "Crash drill: a different person." };
                    }

                    var result = await hiring.HireAsync(request, actor);
                    if (result.Succeeded)
                    {
                        // One line per committed hire: the script waits for some before it kills.
                        Console.WriteLine($"hired {result.Value.PersonnelNumber}");
                    }
                    else if (result.Problem.Kind != ProblemKind.Conflict)
                    {
                        Console.Error.WriteLine($"Hire of {id} refused: {result.Problem.Message}");
                    }
                }

                if (batch.Count == 0)
                {
                    await Task.Delay(50);
                }
            }
        })));
        return 0;
    }

    /// <summary>Core's services exactly as the app registers them, on <paramref name="database"/>.</summary>
    public static ServiceProvider CoreHost(string database)
    {
        var configuration = new ConfigurationBuilder()
            .AddInMemoryCollection(new Dictionary<string, string?> { ["ConnectionStrings:HireHub"] = $"Data Source={database}" })
            .Build();
        var services = new ServiceCollection();
        services.AddLogging();
        services.AddHireHubCore(configuration, Path.GetDirectoryName(database)!);
        return services.BuildServiceProvider();
    }
}
