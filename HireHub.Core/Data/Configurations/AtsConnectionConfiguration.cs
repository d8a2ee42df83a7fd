using HireHub.Core.Domain;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace HireHub.Core.Data.Configurations;

internal sealed class AtsConnectionConfiguration : IEntityTypeConfiguration<AtsConnection>
{
    public void Configure(EntityTypeBuilder<AtsConnection> builder)
    {
        builder.Property(c => c.Name).HasMaxLength(100);
        builder.HasIndex(c => c.Name).IsUnique();
        builder.Property(c => c.Provider).HasMaxLength(40);
        builder.HasIndex(c => c.ClientId);
        builder.Property(c => c.Status).HasConversion<string>().HasMaxLength(20);
        builder.Property(c => c.DefaultLegalEntityId).HasMaxLength(LegalEntity.IdMaxLength);
        builder.HasOne<LegalEntity>().WithMany().HasForeignKey(c => c.DefaultLegalEntityId).OnDelete(DeleteBehavior.Restrict);
        builder.Property(c => c.DefaultPhoneRegion).HasMaxLength(2);
        builder.Property(c => c.Version).IsConcurrencyToken();
    }
}
