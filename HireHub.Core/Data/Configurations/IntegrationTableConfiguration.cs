using HireHub.Core.Domain;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace HireHub.Core.Data.Configurations;

internal sealed class IntegrationTableConfiguration : IEntityTypeConfiguration<IntegrationTable>
{
    public void Configure(EntityTypeBuilder<IntegrationTable> builder)
    {
        builder.HasKey(t => t.Name);
        builder.Property(t => t.Name).HasMaxLength(60);
        builder.Property(t => t.Version).IsConcurrencyToken();
    }
}
