using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Design;

namespace HireHub.Core.Data;

// Used only by `dotnet ef`: migrations are generated without a running database.
internal sealed class SqliteDesignTimeFactory : IDesignTimeDbContextFactory<SqliteHireHubDbContext>
{
    public SqliteHireHubDbContext CreateDbContext(string[] args) =>
        new(new DbContextOptionsBuilder<SqliteHireHubDbContext>().UseSqlite("Data Source=design-time.db").Options);
}

internal sealed class SqlServerDesignTimeFactory : IDesignTimeDbContextFactory<SqlServerHireHubDbContext>
{
    public SqlServerHireHubDbContext CreateDbContext(string[] args) =>
        new(new DbContextOptionsBuilder<SqlServerHireHubDbContext>()
            .UseSqlServer("Server=(localdb)\\design-time;Database=HireHub;Trusted_Connection=True")
            .Options);
}
