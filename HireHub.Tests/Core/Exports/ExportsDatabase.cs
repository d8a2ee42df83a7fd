using HireHub.Core;
using HireHub.Core.Common;
using HireHub.Core.Data;
using HireHub.Core.Features.Exports;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;

namespace HireHub.Tests.Core.Exports;

/// <summary>
/// Core's services on a fresh SQLite file holding the reference data (the LinkedIn Talent Hub registry), with
/// a fake clock. One per test: exports change what later tests would see.
/// </summary>
public sealed class ExportsDatabase : IAsyncDisposable
{
    private readonly string folder = Directory.CreateTempSubdirectory("hirehub-exports-").FullName;
    private readonly ServiceProvider services;

    private ExportsDatabase(bool seedDemoData)
    {
        SeedDemoData = seedDemoData;
        var configuration = new ConfigurationBuilder()
            .AddInMemoryCollection(new Dictionary<string, string?> { ["ConnectionStrings:HireHub"] = $"Data Source={Path.Combine(folder, "hirehub.db")}" })
            .Build();
        services = new ServiceCollection()
            .AddLogging()
            .AddHireHubCore(configuration, folder)
            .AddSingleton<TimeProvider>(Time)
            .BuildServiceProvider();
    }

    /// <summary>Someone who holds HR, whom an Entra application may act for.</summary>
    public static HireHub.Core.Domain.HireHubPerson HrPerson => new() { Id = "hanna.reyes", Name = "Hanna Reyes", Roles = "HR" };

    public FakeTimeProvider Time { get; } = new(new DateTimeOffset(2027, 3, 1, 9, 0, 0, TimeSpan.Zero));

    public bool SeedDemoData { get; }

    public ExportService Exports => Get<ExportService>();

    public ExportQueries Queries => Get<ExportQueries>();

    public static async Task<ExportsDatabase> CreateAsync(bool seedDemoData = false, IReadOnlyList<HireHub.Core.Domain.HireHubPerson>? people = null)
    {
        var database = new ExportsDatabase(seedDemoData);
        await database.Get<DatabaseInitializer>().InitializeAsync(seedDemoData, people, ct: TestContext.Current.CancellationToken);
        return database;
    }

    public T Get<T>()
        where T : notnull => services.GetRequiredService<T>();

    /// <summary>The LinkedIn Talent Hub connection, exporting as its application user.</summary>
    public async Task<ExportSource> LinkedInAsync()
    {
        var connection = await QueryAsync(db => db.AtsConnections.SingleAsync(c => c.Name == ReferenceData.LinkedInConnectionName));
        return new ExportSource(connection.Id, connection.DefaultPhoneRegion, new Actor(ReferenceData.LinkedInClientId.ToString(), ReferenceData.LinkedInApplicationUserName));
    }

    public async Task<T> QueryAsync<T>(Func<HireHubDbContext, Task<T>> query)
    {
        await using var db = await Get<IDbContextFactory<HireHubDbContext>>().CreateDbContextAsync();
        return await query(db);
    }

    public async ValueTask DisposeAsync()
    {
        await services.DisposeAsync();
        SqliteConnection.ClearAllPools();
        try
        {
            Directory.Delete(folder, recursive: true);
        }
        catch (IOException)
        {
            // A file still held by a late connection is left to the OS's temp clean-up.
        }
    }
}
