using HireHub.Core.Domain;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace HireHub.Core.Data.Configurations;

internal sealed class CandidateRevisionConfiguration : IEntityTypeConfiguration<CandidateRevision>
{
    public void Configure(EntityTypeBuilder<CandidateRevision> builder)
    {
        builder.HasOne(r => r.ExportedCandidate).WithMany().HasForeignKey(r => r.ExportedCandidateId);
        builder.HasIndex(r => new { r.ExportedCandidateId, r.Revision });
        builder.Property(r => r.Field).HasMaxLength(CandidateRevision.FieldMaxLength);
        builder.Property(r => r.OldValue).HasMaxLength(ContactDetails.EmailMaxLength);
        builder.Property(r => r.NewValue).HasMaxLength(ContactDetails.EmailMaxLength);
    }
}
