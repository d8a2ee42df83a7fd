using HireHub.Core.Domain;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace HireHub.Core.Data.Configurations;

internal sealed class IntegrationLogEntryConfiguration : IEntityTypeConfiguration<IntegrationLogEntry>
{
    public void Configure(EntityTypeBuilder<IntegrationLogEntry> builder)
    {
        builder.Property(e => e.Caller).HasMaxLength(IntegrationLogEntry.CallerMaxLength);
        builder.Property(e => e.Reason).HasMaxLength(IntegrationLogEntry.ReasonMaxLength);
        builder.Property(e => e.CandidateId).HasMaxLength(CandidateFields.CandidateIdMaxLength);
        builder.HasIndex(e => e.OccurredAt);
        // A recruiter's Home page counts their ATS's refusals of the last days: one caller, a range of times.
        builder.HasIndex(e => new { e.Caller, e.OccurredAt });
    }
}
