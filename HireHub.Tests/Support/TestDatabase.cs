using System.Data.Common;
using HireHub.Core;
using HireHub.Core.Common;
using HireHub.Core.Data;
using HireHub.Core.Domain;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Diagnostics;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Localization;
using Microsoft.Extensions.Time.Testing;

namespace HireHub.Tests.Support;

/// <summary>
/// A fresh HireHub database in its own SQLite file in a temp folder, migrated by the app's own
/// <see cref="DatabaseInitializer"/>, with a <see cref="FakeTimeProvider"/> for "now". Disposing it deletes the file.
/// </summary>
public sealed class TestDatabase : IAsyncDisposable
{
    private readonly ServiceProvider services;
    private readonly string folder;
    private readonly string connectionString;

    private TestDatabase(ServiceProvider services, string folder, string connectionString, FakeTimeProvider time)
    {
        this.services = services;
        this.folder = folder;
        this.connectionString = connectionString;
        Time = time;
        Given = new TestData(this);
    }

    public FakeTimeProvider Time { get; }

    public DateOnly Today => Time.Today();

    /// <summary>Inserts test data with sensible defaults.</summary>
    public TestData Given { get; }

    public IStringLocalizer<CoreText> Text => Get<IStringLocalizer<CoreText>>();

    /// <param name="settings">Configuration beside the connection string, e.g. <c>Hiring:PersonnelNumberPrefix</c>.</param>
    /// <param name="configureServices">Runs after Core's registrations, e.g. to add an interceptor.</param>
    public static async Task<TestDatabase> CreateAsync(
        IReadOnlyDictionary<string, string?>? settings = null,
        Action<IServiceCollection>? configureServices = null,
        bool seedDemoData = false)
    {
        var folder = Path.Combine(Path.GetTempPath(), "hirehub-tests", Guid.NewGuid().ToString("N"));
        var time = new FakeTimeProvider(CoreServices.DefaultNow);
        var collection = CoreServices.Create(Path.Combine(folder, "hirehub.db"), time, settings);

        // Migrate compares the model with the migrations snapshot every time, a third of the cost of a fresh
        // database; MigrationTests makes that comparison once, explicitly, instead of every test paying for it.
        collection.ConfigureDbContext<SqliteHireHubDbContext>(o => o.ConfigureWarnings(w => w.Ignore(RelationalEventId.PendingModelChangesWarning)));
        configureServices?.Invoke(collection);
        var provider = collection.BuildServiceProvider(new ServiceProviderOptions { ValidateOnBuild = true, ValidateScopes = true });

        string connectionString;
        await using (var db = await provider.GetRequiredService<IDbContextFactory<HireHubDbContext>>().CreateDbContextAsync(TestContext.Current.CancellationToken))
        {
            connectionString = db.Database.GetConnectionString()!;
        }

        var database = new TestDatabase(provider, folder, connectionString, time);
        try
        {
            await provider.GetRequiredService<DatabaseInitializer>().InitializeAsync(seedDemoData, ct: TestContext.Current.CancellationToken);
        }
        catch
        {
            await database.DisposeAsync();
            throw;
        }

        return database;
    }

    public T Get<T>()
        where T : notnull => services.GetRequiredService<T>();

    /// <summary>A short-lived context, as a Core service would create one.</summary>
    public HireHubDbContext CreateDbContext() => Get<IDbContextFactory<HireHubDbContext>>().CreateDbContext();

    public async Task<T> InsertAsync<T>(T entity)
        where T : class
    {
        await using var db = CreateDbContext();
        db.Add(entity);
        await db.SaveChangesAsync(TestContext.Current.CancellationToken);
        return entity;
    }

    public async Task ExecuteSqlAsync(string sql)
    {
        await using var db = CreateDbContext();
        await db.Database.ExecuteSqlRawAsync(sql, TestContext.Current.CancellationToken);
    }

    public async Task<NumberSequence> PersonnelNumberSequenceAsync()
    {
        await using var db = CreateDbContext();
        return await db.NumberSequences.AsNoTracking().SingleAsync(s => s.Code == NumberSequence.PersonnelNumbers, TestContext.Current.CancellationToken);
    }

    /// <summary>
    /// The row count of every table in the model, plus what a hire changes without adding a row (candidates
    /// still to process, the next personnel number), so "nothing was stored" is one equality.
    /// </summary>
    public async Task<SortedDictionary<string, long>> SnapshotAsync()
    {
        await using var db = CreateDbContext();
        var tables = db.Model.GetEntityTypes().Select(t => t.GetTableName()).OfType<string>().Distinct().ToList();
        var connection = db.Database.GetDbConnection();
        await connection.OpenAsync(TestContext.Current.CancellationToken);
        var snapshot = new SortedDictionary<string, long>(StringComparer.Ordinal);
        foreach (var table in tables)
        {
            snapshot[table] = await ScalarAsync(connection, "SELECT COUNT(*) FROM \"" + table + "\"");
        }

        snapshot["ExportedCandidates (NotProcessed)"] = await ScalarAsync(connection, "SELECT COUNT(*) FROM \"ExportedCandidates\" WHERE \"Status\" = 'NotProcessed'");
        snapshot["NumberSequences (next personnel number)"] = await ScalarAsync(connection, "SELECT \"NextValue\" FROM \"NumberSequences\" WHERE \"Code\" = 'PersonnelNumber'");
        return snapshot;
    }

    public async ValueTask DisposeAsync()
    {
        await services.DisposeAsync();

        // Pooled connections keep the file open; let go of this database's pool only, other tests run beside us.
        SqliteConnection.ClearPool(new SqliteConnection(connectionString));
        if (Directory.Exists(folder))
        {
            Directory.Delete(folder, recursive: true);
        }
    }

    private static async Task<long> ScalarAsync(DbConnection connection, string sql)
    {
        await using var command = connection.CreateCommand();
        command.CommandText = sql;
        return Convert.ToInt64(await command.ExecuteScalarAsync(TestContext.Current.CancellationToken), System.Globalization.CultureInfo.InvariantCulture);
    }
}
