using HireHub.Core.Domain;
using Microsoft.AspNetCore.DataProtection.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore;

namespace HireHub.Core.Data;

/// <summary>
/// The shared model. Each provider has a thin subclass with its own migrations
/// (<see cref="SqliteHireHubDbContext"/>, <see cref="SqlServerHireHubDbContext"/>).
/// It also holds the web app's Data Protection keys, so sign-in cookies and antiforgery tokens outlive a restart and
/// work on every instance that shares the database.
/// </summary>
public abstract class HireHubDbContext(DbContextOptions options) : DbContext(options), IDataProtectionKeyContext
{
    public DbSet<LegalEntity> LegalEntities => Set<LegalEntity>();

    public DbSet<Position> Positions => Set<Position>();

    public DbSet<Worker> Workers => Set<Worker>();

    public DbSet<Employment> Employments => Set<Employment>();

    public DbSet<PositionAssignment> PositionAssignments => Set<PositionAssignment>();

    public DbSet<AtsConnection> AtsConnections => Set<AtsConnection>();

    public DbSet<ExportedCandidate> ExportedCandidates => Set<ExportedCandidate>();

    public DbSet<AuditEvent> AuditEvents => Set<AuditEvent>();

    public DbSet<NumberSequence> NumberSequences => Set<NumberSequence>();

    public DbSet<ApplicationUser> ApplicationUsers => Set<ApplicationUser>();

    public DbSet<SecurityRole> SecurityRoles => Set<SecurityRole>();

    public DbSet<ApplicationUserRole> ApplicationUserRoles => Set<ApplicationUserRole>();

    public DbSet<IntegrationTable> IntegrationTables => Set<IntegrationTable>();

    public DbSet<IdempotencyRecord> IdempotencyRecords => Set<IdempotencyRecord>();

    public DbSet<CandidateRevision> CandidateRevisions => Set<CandidateRevision>();

    public DbSet<IntegrationLogEntry> IntegrationLog => Set<IntegrationLogEntry>();

    public DbSet<EntraApplication> EntraApplications => Set<EntraApplication>();

    public DbSet<HireHubPerson> People => Set<HireHubPerson>();

    public DbSet<LegalEntityRoutingRule> LegalEntityRoutingRules => Set<LegalEntityRoutingRule>();

    public DbSet<OnboardingTemplate> OnboardingTemplates => Set<OnboardingTemplate>();

    public DbSet<OnboardingTemplateTask> OnboardingTemplateTasks => Set<OnboardingTemplateTask>();

    public DbSet<OnboardingTask> OnboardingTasks => Set<OnboardingTask>();

    public DbSet<DataProtectionKey> DataProtectionKeys => Set<DataProtectionKey>();

    public DbSet<ChangeLogEntry> ChangeLog => Set<ChangeLogEntry>();

    protected override void OnModelCreating(ModelBuilder modelBuilder) =>
        modelBuilder.ApplyConfigurationsFromAssembly(typeof(HireHubDbContext).Assembly);

    public override int SaveChanges(bool acceptAllChangesOnSuccess)
    {
        RenewConcurrencyTokens();
        CandidateChangeLog.RecordTrackedChanges(this);
        return base.SaveChanges(acceptAllChangesOnSuccess);
    }

    public override Task<int> SaveChangesAsync(bool acceptAllChangesOnSuccess, CancellationToken cancellationToken = default)
    {
        RenewConcurrencyTokens();
        CandidateChangeLog.RecordTrackedChanges(this);
        return base.SaveChangesAsync(acceptAllChangesOnSuccess, cancellationToken);
    }

    // The original value stays in the WHERE clause; the new one tells the next writer that it read a stale row.
    private void RenewConcurrencyTokens()
    {
        foreach (var entry in ChangeTracker.Entries<IVersioned>())
        {
            if (entry.State == EntityState.Modified)
            {
                entry.Entity.Version = Guid.NewGuid();
            }
        }
    }
}
