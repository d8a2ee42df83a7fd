using HireHub.Core.Domain;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace HireHub.Core.Data.Configurations;

internal sealed class OnboardingTaskConfiguration : IEntityTypeConfiguration<OnboardingTask>
{
    public void Configure(EntityTypeBuilder<OnboardingTask> builder)
    {
        // Employments are ended, never deleted, so their tasks are never deleted with them.
        builder.HasOne(t => t.Employment).WithMany().HasForeignKey(t => t.EmploymentId).OnDelete(DeleteBehavior.Restrict);
        // A task removed from its template leaves the tasks made from it in place. TemplateId has no foreign key:
        // SQL Server refuses a second cascade path from templates to tasks, and templates are retired, never deleted.
        builder.HasOne<OnboardingTemplateTask>().WithMany().HasForeignKey(t => t.TemplateTaskId).OnDelete(DeleteBehavior.SetNull);
        builder.Property(t => t.ChecklistName).HasMaxLength(OnboardingTemplate.NameMaxLength);
        builder.Property(t => t.Title).HasMaxLength(OnboardingTemplateTask.TitleMaxLength);
        builder.Property(t => t.Instruction).HasMaxLength(OnboardingTemplateTask.InstructionMaxLength);
        builder.Property(t => t.Owner).HasConversion<string>().HasMaxLength(20);
        builder.Property(t => t.OwnerPersonId).HasMaxLength(HireHubPerson.IdMaxLength);
        builder.Property(t => t.State).HasConversion<string>().HasMaxLength(20);
        builder.Property(t => t.ActedBy).HasMaxLength(PersonName.MaxLength * 2);
        builder.Property(t => t.Comment).HasMaxLength(OnboardingTask.CommentMaxLength);
        // The onboarding page lists open tasks by due date (overdue first); the worker's page lists one employment's.
        builder.HasIndex(t => new { t.State, t.DueDate });
        builder.HasIndex(t => new { t.EmploymentId, t.Order });
        builder.Property(t => t.Version).IsConcurrencyToken();
    }
}
