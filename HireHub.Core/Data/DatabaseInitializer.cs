using System.Diagnostics;
using HireHub.Core.Domain;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging;

namespace HireHub.Core.Data;

/// <summary>
/// Brings the database to the current migration at start-up, adds the reference data every environment needs
/// (each feature's own <see cref="IReferenceData"/>, the integration registry), and seeds demo data once where asked.
/// </summary>
public sealed class DatabaseInitializer(
    IDbContextFactory<HireHubDbContext> dbFactory,
    IEnumerable<IReferenceData> featureData,
    TimeProvider time,
    ILogger<DatabaseInitializer> logger)
{
    /// <param name="people">The people who sign in, added to the people table when missing (see <see cref="ReferenceData.EnsurePeopleAsync"/>).</param>
    public async Task InitializeAsync(bool seedDemoData, IReadOnlyList<HireHubPerson>? people = null, CancellationToken ct = default)
    {
        // Each step's time is logged: start-up time is docs/PERFORMANCE.md's P7, and this is where most of it goes.
        var clock = Stopwatch.StartNew();
        var steps = new List<string>();
        void Step(string name)
        {
            steps.Add($"{name} {clock.ElapsedMilliseconds} ms");
            clock.Restart();
        }

        await using var db = await dbFactory.CreateDbContextAsync(ct);
        if (db.Database.IsSqlite())
        {
            EnsureSqliteFolder(db.Database.GetConnectionString()!);
        }

        await RefuseUnknownMigrationsAsync(db, ct);
        Step("model and migration check");
        await db.Database.MigrateAsync(ct);
        if (db.Database.IsSqlite())
        {
            // WAL lets the panel read while a hire writes; it is kept in the file. synchronous is per connection,
            // so SqliteConnectionSettings sets it on every connection the app opens.
            await db.Database.ExecuteSqlRawAsync("PRAGMA journal_mode=WAL;", ct);
        }

        Step("migrations");
        foreach (var data in featureData)
        {
            await data.EnsureAsync(db, ct);
        }

        await EnsureReferenceDataAsync(db, ct);
        Step("reference data");
        if (seedDemoData && !await db.LegalEntities.AnyAsync(ct))
        {
            await DemoData.SeedAsync(db, time, ct);
            Step("demo data");
        }

        if (people is { Count: > 0 })
        {
            await ReferenceData.EnsurePeopleAsync(db, people, ct);
            Step("people");
        }

        logger.LogInformation("Database ready: {Steps}", string.Join(", ", steps));
    }

    // Before the first release the migrations were squashed into one Initial per provider. A database built by the
    // earlier ones would have Initial applied over its tables and fail half way; say what it is and what to do instead.
    private static async Task RefuseUnknownMigrationsAsync(HireHubDbContext db, CancellationToken ct)
    {
        var known = db.Database.GetMigrations().ToHashSet(StringComparer.Ordinal);
        var unknown = (await db.Database.GetAppliedMigrationsAsync(ct)).Where(id => !known.Contains(id)).ToList();
        if (unknown.Count > 0)
        {
            throw new InvalidOperationException(
                $"The database was built by pre-release migrations this version no longer has ({string.Join(", ", unknown)}). " +
                "HireHub's migrations were squashed into one Initial migration before the first release: delete the development " +
                "database (the SQLite file, by default HireHub.Web/App_Data/hirehub.db, is then created again with demo data) or " +
                "drop and recreate the SQL Server database.");
        }
    }

    private async Task EnsureReferenceDataAsync(HireHubDbContext db, CancellationToken ct)
    {
        try
        {
            await ReferenceData.EnsureAsync(db, time, ct);
        }
        catch (DbUpdateException)
        {
            // Another instance seeded it at the same moment (a unique name or client ID refused ours); theirs is as good.
            db.ChangeTracker.Clear();
        }
    }

    private static void EnsureSqliteFolder(string connectionString)
    {
        var dataSource = new SqliteConnectionStringBuilder(connectionString).DataSource;
        var folder = Path.GetDirectoryName(dataSource);
        if (!string.IsNullOrEmpty(folder) && dataSource != ":memory:")
        {
            Directory.CreateDirectory(folder);
        }
    }
}
