using HireHub.Core.Domain;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace HireHub.Core.Data.Configurations;

internal sealed class EntraApplicationConfiguration : IEntityTypeConfiguration<EntraApplication>
{
    public void Configure(EntityTypeBuilder<EntraApplication> builder)
    {
        builder.HasIndex(a => a.ClientId).IsUnique();
        builder.Property(a => a.Name).HasMaxLength(EntraApplication.NameMaxLength);
        builder.Property(a => a.ActingPersonId).HasMaxLength(HireHubPerson.IdMaxLength);
        builder.HasOne(a => a.ActingPerson).WithMany().HasForeignKey(a => a.ActingPersonId).OnDelete(DeleteBehavior.Restrict);
        builder.Property(a => a.Version).IsConcurrencyToken();
    }
}

internal sealed class HireHubPersonConfiguration : IEntityTypeConfiguration<HireHubPerson>
{
    public void Configure(EntityTypeBuilder<HireHubPerson> builder)
    {
        builder.ToTable("People");
        builder.Property(p => p.Id).HasMaxLength(HireHubPerson.IdMaxLength);
        builder.Property(p => p.Name).HasMaxLength(200);
        builder.Property(p => p.Email).HasMaxLength(ContactDetails.EmailMaxLength);
        builder.Property(p => p.Roles).HasMaxLength(200);
        builder.Property(p => p.LegalEntityIds).HasMaxLength(400);
        builder.Ignore(p => p.WorksFor);
    }
}
