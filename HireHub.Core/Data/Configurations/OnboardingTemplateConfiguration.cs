using HireHub.Core.Domain;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace HireHub.Core.Data.Configurations;

internal sealed class OnboardingTemplateConfiguration : IEntityTypeConfiguration<OnboardingTemplate>
{
    public void Configure(EntityTypeBuilder<OnboardingTemplate> builder)
    {
        builder.Property(t => t.Name).HasMaxLength(OnboardingTemplate.NameMaxLength);
        builder.HasIndex(t => t.Name).IsUnique();
        builder.Property(t => t.Description).HasMaxLength(OnboardingTemplate.DescriptionMaxLength);
        builder.Property(t => t.LegalEntityId).HasMaxLength(LegalEntity.IdMaxLength);
        builder.HasOne<LegalEntity>().WithMany().HasForeignKey(t => t.LegalEntityId).OnDelete(DeleteBehavior.Restrict);
        builder.Property(t => t.WorkerType).HasConversion<string>().HasMaxLength(20);
        builder.Property(t => t.Department).HasMaxLength(OnboardingTemplate.DepartmentMaxLength);
        builder.HasMany(t => t.Tasks).WithOne(t => t.Template).HasForeignKey(t => t.TemplateId).OnDelete(DeleteBehavior.Cascade);
        builder.Navigation(t => t.Tasks).AutoInclude(false);
        builder.Property(t => t.Version).IsConcurrencyToken();
    }
}

internal sealed class OnboardingTemplateTaskConfiguration : IEntityTypeConfiguration<OnboardingTemplateTask>
{
    public void Configure(EntityTypeBuilder<OnboardingTemplateTask> builder)
    {
        builder.ToTable("OnboardingTemplateTasks");
        builder.Property(t => t.Title).HasMaxLength(OnboardingTemplateTask.TitleMaxLength);
        builder.Property(t => t.Instruction).HasMaxLength(OnboardingTemplateTask.InstructionMaxLength);
        builder.Property(t => t.Owner).HasConversion<string>().HasMaxLength(20);
        builder.Property(t => t.OwnerPersonId).HasMaxLength(HireHubPerson.IdMaxLength);
        builder.HasIndex(t => new { t.TemplateId, t.Order });
    }
}
