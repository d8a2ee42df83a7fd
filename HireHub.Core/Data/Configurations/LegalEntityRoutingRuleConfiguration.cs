using HireHub.Core.Domain;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace HireHub.Core.Data.Configurations;

internal sealed class LegalEntityRoutingRuleConfiguration : IEntityTypeConfiguration<LegalEntityRoutingRule>
{
    public void Configure(EntityTypeBuilder<LegalEntityRoutingRule> builder)
    {
        builder.HasOne<AtsConnection>().WithMany().HasForeignKey(r => r.ConnectionId).OnDelete(DeleteBehavior.Cascade);
        builder.HasIndex(r => new { r.ConnectionId, r.Order });
        builder.Property(r => r.Field).HasConversion<string>().HasMaxLength(20);
        builder.Property(r => r.Contains).HasMaxLength(LegalEntityRoutingRule.TextMaxLength);
        builder.Property(r => r.LegalEntityId).HasMaxLength(LegalEntity.IdMaxLength);
        builder.HasOne<LegalEntity>().WithMany().HasForeignKey(r => r.LegalEntityId).OnDelete(DeleteBehavior.Restrict);
    }
}
