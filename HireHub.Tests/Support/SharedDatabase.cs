namespace HireHub.Tests.Support;

/// <summary>
/// One database for the tests of a class that only read it (sorting, searching): seeded once as a class
/// fixture, deleted after the class's last test. Tests that write get their own <see cref="DatabaseTest"/>.
/// </summary>
public abstract class SharedDatabase : IAsyncLifetime
{
    private TestDatabase? database;

    public TestDatabase Db => database ?? throw new InvalidOperationException("The database is created in InitializeAsync.");

    public async ValueTask InitializeAsync()
    {
        database = await TestDatabase.CreateAsync();
        await SeedAsync(database);
    }

    public async ValueTask DisposeAsync()
    {
        if (database is not null)
        {
            await database.DisposeAsync();
        }

        GC.SuppressFinalize(this);
    }

    protected abstract Task SeedAsync(TestDatabase db);
}
