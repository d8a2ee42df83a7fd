namespace HireHub.Tests.Support;

/// <summary>A test class whose every test gets its own fresh database (xunit creates the class once per test).</summary>
public abstract class DatabaseTest : IAsyncLifetime
{
    private TestDatabase? database;

    protected TestDatabase Db => database ?? throw new InvalidOperationException("The database is created in InitializeAsync.");

    /// <summary>Configuration beside the connection string, for classes that test a setting.</summary>
    protected virtual IReadOnlyDictionary<string, string?>? Settings => null;

    protected virtual bool SeedDemoData => false;

    public async ValueTask InitializeAsync() => database = await TestDatabase.CreateAsync(Settings, seedDemoData: SeedDemoData);

    public async ValueTask DisposeAsync()
    {
        if (database is not null)
        {
            await database.DisposeAsync();
        }

        GC.SuppressFinalize(this);
    }
}
