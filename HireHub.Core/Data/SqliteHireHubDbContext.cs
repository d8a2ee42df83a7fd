using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Storage.ValueConversion;

namespace HireHub.Core.Data;

public sealed class SqliteHireHubDbContext(DbContextOptions<SqliteHireHubDbContext> options) : HireHubDbContext(options)
{
    // SQLite cannot compare or order DateTimeOffset stored as text; stored as a number it sorts in time order.
    protected override void ConfigureConventions(ModelConfigurationBuilder configurationBuilder)
    {
        configurationBuilder.Properties<DateTimeOffset>().HaveConversion<DateTimeOffsetToBinaryConverter>();
        configurationBuilder.Properties<DateTimeOffset?>().HaveConversion<DateTimeOffsetToBinaryConverter>();
    }
}
