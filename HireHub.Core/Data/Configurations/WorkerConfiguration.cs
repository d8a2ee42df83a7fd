using HireHub.Core.Domain;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace HireHub.Core.Data.Configurations;

internal sealed class WorkerConfiguration : IEntityTypeConfiguration<Worker>
{
    public void Configure(EntityTypeBuilder<Worker> builder)
    {
        builder.Property(w => w.PersonnelNumber).HasMaxLength(20);
        builder.HasIndex(w => w.PersonnelNumber).IsUnique();
        builder.Property(w => w.FirstName).HasMaxLength(PersonName.MaxLength);
        builder.Property(w => w.MiddleName).HasMaxLength(PersonName.MaxLength);
        builder.Property(w => w.LastName).HasMaxLength(PersonName.MaxLength);
        builder.Property(w => w.Email).HasMaxLength(ContactDetails.EmailMaxLength);
        builder.Property(w => w.Phone).HasMaxLength(ContactDetails.PhoneMaxLength);
        builder.Property(w => w.WorkerType).HasConversion<string>().HasMaxLength(20);
        // The duplicate check on hire looks workers up by each of these.
        builder.HasIndex(w => w.Email);
        builder.HasIndex(w => w.Phone);
        builder.HasIndex(w => new { w.LastName, w.FirstName });
        builder.Property(w => w.Version).IsConcurrencyToken();
    }
}
