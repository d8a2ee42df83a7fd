using HireHub.Core.Domain;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace HireHub.Core.Data.Configurations;

internal sealed class IdempotencyRecordConfiguration : IEntityTypeConfiguration<IdempotencyRecord>
{
    public void Configure(EntityTypeBuilder<IdempotencyRecord> builder)
    {
        builder.Property(r => r.CallerId).HasMaxLength(IntegrationLogEntry.CallerMaxLength);
        builder.Property(r => r.Key).HasMaxLength(IdempotencyRecord.KeyMaxLength);
        // Two instances claiming the same key at once: the database lets exactly one insert win.
        builder.HasIndex(r => new { r.CallerId, r.Key }).IsUnique();
        builder.Property(r => r.RequestHash).HasMaxLength(64);
        builder.Property(r => r.Outcome).HasMaxLength(40);
        builder.HasIndex(r => r.ExpiresAt);
    }
}
