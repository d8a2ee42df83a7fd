using HireHub.Core.Data;
using HireHub.Core.Domain;
using HireHub.Tests.Support;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;

namespace HireHub.Tests.Core.Data;

public sealed class MigrationTests
{
    [Fact]
    public void SqliteMigrations_MatchTheModel()
    {
        using var context = new SqliteHireHubDbContext(new DbContextOptionsBuilder<SqliteHireHubDbContext>().UseSqlite("Data Source=:memory:").Options);

        Assert.NotEmpty(context.Database.GetMigrations());
        Assert.False(context.Database.HasPendingModelChanges(), "The model has changes with no SQLite migration: run dotnet ef migrations add --context SqliteHireHubDbContext.");
    }

    [Fact]
    public void SqlServerMigrations_MatchTheModel()
    {
        using var context = CreateSqlServerContext();

        Assert.NotEmpty(context.Database.GetMigrations());
        Assert.False(context.Database.HasPendingModelChanges(), "The model has changes with no SQL Server migration: run dotnet ef migrations add --context SqlServerHireHubDbContext.");
    }

    [Fact]
    public void SqlServerMigrations_GenerateAnIdempotentTSqlScript()
    {
        using var context = CreateSqlServerContext();

        var script = context.GetService<IMigrator>().GenerateScript(options: MigrationsSqlGenerationOptions.Idempotent);

        Assert.Contains("CREATE TABLE [Workers]", script, StringComparison.Ordinal);
        Assert.Contains("CREATE TABLE [ExportedCandidates]", script, StringComparison.Ordinal);
        Assert.Contains("CREATE UNIQUE INDEX [IX_PositionAssignments_OpenPosition]", script, StringComparison.Ordinal);
        Assert.Contains("IF NOT EXISTS", script, StringComparison.Ordinal);
    }

    [Fact]
    public void EachProvider_HasOneMigration_TheSquashedInitial()
    {
        using var sqlite = new SqliteHireHubDbContext(new DbContextOptionsBuilder<SqliteHireHubDbContext>().UseSqlite("Data Source=:memory:").Options);
        using var sqlServer = CreateSqlServerContext();

        Assert.EndsWith("_Initial", Assert.Single(sqlite.Database.GetMigrations()), StringComparison.Ordinal);
        Assert.EndsWith("_Initial", Assert.Single(sqlServer.Database.GetMigrations()), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Initialize_ADatabaseBuiltByPreReleaseMigrations_IsRefusedWithWhatToDo_AndLeftAsItWas()
    {
        await using var database = await TestDatabase.CreateAsync();
        var ct = TestContext.Current.CancellationToken;
        await using (var db = database.CreateDbContext())
        {
            await db.Database.ExecuteSqlRawAsync(
                "INSERT INTO \"__EFMigrationsHistory\" (\"MigrationId\", \"ProductVersion\") VALUES ('20261126115020_PanelIndexesSkipErased', '10.0.0')", ct);
        }

        var refused = await Assert.ThrowsAsync<InvalidOperationException>(() => database.Get<DatabaseInitializer>().InitializeAsync(seedDemoData: true, ct: ct));

        Assert.Contains("20261126115020_PanelIndexesSkipErased", refused.Message, StringComparison.Ordinal);
        Assert.Contains("delete the development database", refused.Message, StringComparison.Ordinal);
        await using var after = database.CreateDbContext();
        Assert.False(await after.LegalEntities.AnyAsync(ct));
    }

    [Fact]
    public async Task Initialize_OnAFreshFile_AppliesEveryMigrationAndCreatesThePersonnelNumberSequence()
    {
        await using var database = await TestDatabase.CreateAsync(new Dictionary<string, string?>
        {
            ["Hiring:PersonnelNumberPrefix"] = "HH-",
            ["Hiring:PersonnelNumberWidth"] = "4",
        });
        await using var db = database.CreateDbContext();
        var ct = TestContext.Current.CancellationToken;

        Assert.Equal(db.Database.GetMigrations(), await db.Database.GetAppliedMigrationsAsync(ct));
        var sequence = await db.NumberSequences.AsNoTracking().SingleAsync(ct);
        Assert.Equal(NumberSequence.PersonnelNumbers, sequence.Code);
        Assert.Equal(1, sequence.NextValue);
        Assert.Equal("HH-", sequence.Prefix);
        Assert.Equal(4, sequence.Width);
        Assert.Equal("wal", await db.Database.SqlQueryRaw<string>("SELECT journal_mode AS Value FROM pragma_journal_mode").SingleAsync(ct));
    }

    [Fact]
    public async Task Initialize_RunTwice_KeepsTheSequenceWhereItWas()
    {
        await using var database = await TestDatabase.CreateAsync();
        await database.ExecuteSqlAsync("UPDATE NumberSequences SET NextValue = 42");

        await database.Get<DatabaseInitializer>().InitializeAsync(seedDemoData: false, ct: TestContext.Current.CancellationToken);

        Assert.Equal(42, (await database.PersonnelNumberSequenceAsync()).NextValue);
    }

    private static SqlServerHireHubDbContext CreateSqlServerContext() =>
        new(new DbContextOptionsBuilder<SqlServerHireHubDbContext>()
            .UseSqlServer("Server=placeholder;Database=HireHub;Trusted_Connection=True;TrustServerCertificate=True")
            .Options);
}
