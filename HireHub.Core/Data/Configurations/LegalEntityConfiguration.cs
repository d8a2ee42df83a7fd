using HireHub.Core.Domain;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace HireHub.Core.Data.Configurations;

internal sealed class LegalEntityConfiguration : IEntityTypeConfiguration<LegalEntity>
{
    public void Configure(EntityTypeBuilder<LegalEntity> builder)
    {
        builder.Property(e => e.Id).HasMaxLength(LegalEntity.IdMaxLength);
        builder.Property(e => e.Name).HasMaxLength(100);
        builder.Property(e => e.CountryRegion).HasMaxLength(2);
    }
}
