using HireHub.Core.Domain;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace HireHub.Core.Data.Configurations;

internal sealed class SecurityRoleConfiguration : IEntityTypeConfiguration<SecurityRole>
{
    public void Configure(EntityTypeBuilder<SecurityRole> builder)
    {
        builder.Property(r => r.Name).HasMaxLength(SecurityRole.NameMaxLength);
        builder.HasIndex(r => r.Name).IsUnique();
        builder.Property(r => r.Version).IsConcurrencyToken();
    }
}
