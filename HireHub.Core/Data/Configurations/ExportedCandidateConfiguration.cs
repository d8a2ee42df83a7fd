using HireHub.Core.Domain;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace HireHub.Core.Data.Configurations;

internal sealed class ExportedCandidateConfiguration : IEntityTypeConfiguration<ExportedCandidate>
{
    public void Configure(EntityTypeBuilder<ExportedCandidate> builder)
    {
        builder.HasOne(c => c.Connection).WithMany().HasForeignKey(c => c.ConnectionId).OnDelete(DeleteBehavior.Restrict);
        builder.Property(c => c.CandidateId).HasMaxLength(CandidateFields.CandidateIdMaxLength);
        builder.HasIndex(c => new { c.ConnectionId, c.CandidateId }).IsUnique();
        builder.Property(c => c.FirstName).HasMaxLength(PersonName.MaxLength);
        builder.Property(c => c.MiddleName).HasMaxLength(PersonName.MaxLength);
        builder.Property(c => c.LastName).HasMaxLength(PersonName.MaxLength);
        builder.Property(c => c.Email).HasMaxLength(ContactDetails.EmailMaxLength);
        builder.Property(c => c.Phone).HasMaxLength(ContactDetails.PhoneMaxLength);
        builder.Property(c => c.JobTitle).HasMaxLength(CandidateFields.TextMaxLength);
        builder.Property(c => c.Location).HasMaxLength(CandidateFields.TextMaxLength);
        builder.Property(c => c.HrisProvider).HasMaxLength(CandidateFields.TextMaxLength);
        builder.Property(c => c.RecruiterName).HasMaxLength(CandidateFields.TextMaxLength);
        builder.Property(c => c.RecruiterEmail).HasMaxLength(ContactDetails.EmailMaxLength);
        builder.Property(c => c.LegalEntityId).HasMaxLength(LegalEntity.IdMaxLength);
        builder.HasOne<LegalEntity>().WithMany().HasForeignKey(c => c.LegalEntityId).OnDelete(DeleteBehavior.Restrict);
        builder.Property(c => c.Status).HasConversion<string>().HasMaxLength(20);
        builder.Property(c => c.ReasonCode).HasMaxLength(40);
        builder.Property(c => c.Comment).HasMaxLength(CandidateFields.CommentMaxLength);
        builder.Property(c => c.ActedBy).HasMaxLength(200);
        builder.HasOne(c => c.Worker).WithMany().HasForeignKey(c => c.WorkerId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne(c => c.HiredEmployment).WithMany().HasForeignKey(c => c.HiredEmploymentId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne(c => c.HiredPositionAssignment).WithMany().HasForeignKey(c => c.HiredPositionAssignmentId).OnDelete(DeleteBehavior.Restrict);
        // The Candidates to hire panel filters by status, leaves out erased candidates (a waiting candidate erased by
        // the retention sweep keeps its status) and pages by received time. AnonymisedAt is in the key, not left to the
        // table: `IS NULL` is an equality to an index, so the panel's count and pages come from the index alone, where
        // without it every waiting candidate was looked up in the table to check it (P3, docs/PERFORMANCE.md).
        builder.HasIndex(c => new { c.Status, c.AnonymisedAt, c.ReceivedAt });
        // The API lists a connection's candidates in keyset pages ordered by last change.
        builder.HasIndex(c => new { c.ConnectionId, c.UpdatedAt, c.CandidateId });
        // The retention sweep looks for candidates HR acted on before a cutoff, status by status.
        builder.HasIndex(c => new { c.Status, c.ActedAt });
        builder.Property(c => c.LegalHoldReason).HasMaxLength(ExportedCandidate.LegalHoldReasonMaxLength);
        // The panel's search matches the start of each of these among waiting, unerased candidates (CandidateSearch):
        // one index range per column instead of reading every candidate, and the ids it needs from the index alone (Id
        // last: on SQLite an index holds the rowid, not the key). The first also serves the panel's sort by name.
        builder.HasIndex(c => new { c.Status, c.AnonymisedAt, c.LastName, c.FirstName, c.Id });
        builder.HasIndex(c => new { c.Status, c.AnonymisedAt, c.FirstName, c.Id });
        builder.HasIndex(c => new { c.Status, c.AnonymisedAt, c.Email, c.Id });
        builder.HasIndex(c => new { c.Status, c.AnonymisedAt, c.JobTitle, c.Id });
        builder.HasIndex(c => new { c.Status, c.AnonymisedAt, c.Location, c.Id });
        // The Home page (Features/Dashboard), measured in bench H (docs/PERFORMANCE.md). Waiting candidates by start date:
        // the ageing alert's range (start within a week) and the panel's sort by start date; with the legal entity,
        // email and phone in the index, the counts of waiting candidates and of those lacking hire data read the index
        // alone, for HR people of every legal entity or of some. Exports received per week: a range of receipt times,
        // the legal entity read from the same entry. A recruiter's exports: by their email, then receipt time for the
        // weekly chart, with status and connection so their counts need no table lookups.
        builder.HasIndex(c => new { c.Status, c.AnonymisedAt, c.StartDate, c.LegalEntityId, c.Email, c.Phone });
        builder.HasIndex(c => new { c.ReceivedAt, c.LegalEntityId });
        builder.HasIndex(c => new { c.RecruiterEmail, c.ReceivedAt, c.Status, c.ConnectionId });
        builder.Property(c => c.Version).IsConcurrencyToken();
    }
}
