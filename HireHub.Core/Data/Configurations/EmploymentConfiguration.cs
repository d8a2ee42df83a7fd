using HireHub.Core.Domain;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace HireHub.Core.Data.Configurations;

internal sealed class EmploymentConfiguration : IEntityTypeConfiguration<Employment>
{
    public void Configure(EntityTypeBuilder<Employment> builder)
    {
        builder.HasOne(e => e.Worker).WithMany(w => w.Employments).HasForeignKey(e => e.WorkerId);
        builder.HasOne(e => e.LegalEntity).WithMany().HasForeignKey(e => e.LegalEntityId).OnDelete(DeleteBehavior.Restrict);
        builder.HasIndex(e => e.StartDate);
        // Starting soon for an HR person of some legal entities (the Home page): each legal entity's range of start dates.
        builder.HasIndex(e => new { e.LegalEntityId, e.StartDate });
        builder.HasIndex(e => e.CreatedAt);
        builder.Property(e => e.DismissalReason).HasMaxLength(40);
        builder.Property(e => e.Version).IsConcurrencyToken();
    }
}
