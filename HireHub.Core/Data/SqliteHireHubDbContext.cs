using HireHub.Core.Domain;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Storage.ValueConversion;

namespace HireHub.Core.Data;

public sealed class SqliteHireHubDbContext(DbContextOptions<SqliteHireHubDbContext> options) : HireHubDbContext(options)
{
    /// <summary>SQLite's built-in collation that compares text with ASCII letters folded to lower case.</summary>
    public const string CaseInsensitive = "NOCASE";

    // SQLite cannot compare or order DateTimeOffset stored as text; stored as a number it sorts in time order.
    protected override void ConfigureConventions(ModelConfigurationBuilder configurationBuilder)
    {
        configurationBuilder.Properties<DateTimeOffset>().HaveConversion<DateTimeOffsetToBinaryConverter>();
        configurationBuilder.Properties<DateTimeOffset?>().HaveConversion<DateTimeOffsetToBinaryConverter>();
    }

    // People search candidates and match workers by name without minding case. SQL Server's usual collation already
    // compares text that way, and its indexes serve such comparisons; SQLite's BINARY does not, and lower(...) on a
    // column defeats its index. With NOCASE on the column, = and LIKE 'term%' compare without case and use the index.
    protected override void OnModelCreating(ModelBuilder modelBuilder)
    {
        base.OnModelCreating(modelBuilder);
        modelBuilder.Entity<Worker>(worker =>
        {
            worker.Property(w => w.FirstName).UseCollation(CaseInsensitive);
            worker.Property(w => w.LastName).UseCollation(CaseInsensitive);
        });
        modelBuilder.Entity<ExportedCandidate>(candidate =>
        {
            foreach (var column in CandidateSearchColumns)
            {
                candidate.Property(column).UseCollation(CaseInsensitive);
            }
        });
    }

    private static readonly string[] CandidateSearchColumns =
    [
        nameof(ExportedCandidate.FirstName), nameof(ExportedCandidate.LastName), nameof(ExportedCandidate.Email),
        nameof(ExportedCandidate.JobTitle), nameof(ExportedCandidate.Location),
    ];
}
