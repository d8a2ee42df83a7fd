using HireHub.Core.Domain;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace HireHub.Core.Data.Configurations;

internal sealed class PositionAssignmentConfiguration : IEntityTypeConfiguration<PositionAssignment>
{
    public void Configure(EntityTypeBuilder<PositionAssignment> builder)
    {
        builder.HasOne(a => a.Position).WithMany(p => p.Assignments).HasForeignKey(a => a.PositionId);
        builder.HasOne(a => a.Worker).WithMany(w => w.PositionAssignments).HasForeignKey(a => a.WorkerId);
        // One open assignment per position: two people choosing the same vacant position cannot both win.
        builder.HasIndex(a => a.PositionId).IsUnique().HasFilter("EndDate IS NULL").HasDatabaseName("IX_PositionAssignments_OpenPosition");
    }
}
