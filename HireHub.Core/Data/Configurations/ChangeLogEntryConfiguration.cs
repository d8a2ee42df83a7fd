using HireHub.Core.Domain;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace HireHub.Core.Data.Configurations;

internal sealed class ChangeLogEntryConfiguration : IEntityTypeConfiguration<ChangeLogEntry>
{
    public void Configure(EntityTypeBuilder<ChangeLogEntry> builder)
    {
        // The key is the followers' only index: an identity (AUTOINCREMENT on SQLite, so a pruned id is never handed
        // out again). No foreign key to the candidate: the log is read by id alone, and an insert that checks nothing
        // else stays as cheap as the append it is.
        builder.Property(c => c.Id).ValueGeneratedOnAdd();
        builder.Property(c => c.Kind).HasConversion<string>().HasMaxLength(20);
    }
}
