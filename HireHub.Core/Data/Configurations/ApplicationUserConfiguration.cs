using HireHub.Core.Domain;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace HireHub.Core.Data.Configurations;

internal sealed class ApplicationUserConfiguration : IEntityTypeConfiguration<ApplicationUser>
{
    public void Configure(EntityTypeBuilder<ApplicationUser> builder)
    {
        builder.Property(u => u.UserName).HasMaxLength(ApplicationUser.UserNameMaxLength);
        builder.HasIndex(u => u.ClientId).IsUnique();
        builder.Property(u => u.FirstName).HasMaxLength(PersonName.MaxLength);
        builder.Property(u => u.LastName).HasMaxLength(PersonName.MaxLength);
        builder.Property(u => u.PrimaryEmail).HasMaxLength(ContactDetails.EmailMaxLength);
        builder.HasOne(u => u.Connection).WithMany().HasForeignKey(u => u.ConnectionId).OnDelete(DeleteBehavior.Restrict);
        builder.Property(u => u.Version).IsConcurrencyToken();
    }
}

internal sealed class ApplicationUserRoleConfiguration : IEntityTypeConfiguration<ApplicationUserRole>
{
    public void Configure(EntityTypeBuilder<ApplicationUserRole> builder)
    {
        builder.HasKey(a => new { a.ApplicationUserId, a.SecurityRoleId });
        builder.HasOne(a => a.ApplicationUser).WithMany(u => u.Roles).HasForeignKey(a => a.ApplicationUserId);
        builder.HasOne(a => a.SecurityRole).WithMany().HasForeignKey(a => a.SecurityRoleId);
    }
}
