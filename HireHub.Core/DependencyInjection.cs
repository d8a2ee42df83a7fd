using FluentValidation;
using HireHub.Core.Data;
using HireHub.Core.Features.Administration;
using HireHub.Core.Features.Candidates;
using HireHub.Core.Features.Dashboard;
using HireHub.Core.Features.Exports;
using HireHub.Core.Features.Hiring;
using HireHub.Core.Features.Integrations;
using HireHub.Core.Features.Onboarding;
using HireHub.Core.Features.Organization;
using HireHub.Core.Features.Privacy;
using HireHub.Core.Features.Workers;
using HireHub.Core.Common;
using Microsoft.AspNetCore.DataProtection;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;

namespace HireHub.Core;

public static class DependencyInjection
{
    /// <summary>
    /// Registers the store and every feature service. <paramref name="contentRoot"/> anchors a relative
    /// SQLite path, so the database lands in the same place whichever folder the app is started from.
    /// </summary>
    public static IServiceCollection AddHireHubCore(this IServiceCollection services, IConfiguration configuration, string contentRoot)
    {
        services.AddOptions<DatabaseOptions>().Bind(configuration.GetSection(DatabaseOptions.SectionName));
        services.AddOptions<HiringOptions>().Bind(configuration.GetSection(HiringOptions.SectionName));
        services.AddOptions<RetentionOptions>().Bind(configuration.GetSection(RetentionOptions.SectionName)).ValidateOnStart();
        services.AddSingleton<IValidateOptions<RetentionOptions>, RetentionOptionsValidator>();
        services.AddOptions<RegistryCacheOptions>().Bind(configuration.GetSection(RegistryCacheOptions.SectionName)).ValidateOnStart();
        services.AddSingleton<IValidateOptions<RegistryCacheOptions>, RegistryCacheOptionsValidator>();
        services.AddLocalization(o => o.ResourcesPath = "Resources");
        services.AddSingleton(TimeProvider.System);
        services.AddScoped<PersonTime>();

        // The connection string is read when a context is configured, not now: sources added to the configuration
        // after registration (a test host's own database file, say) must still win.
        if (ProviderOf(configuration) == DatabaseProvider.SqlServer)
        {
            services.AddDbContextFactory<SqlServerHireHubDbContext>((sp, o) => o.UseSqlServer(ConnectionString(configuration), sql => sql.EnableRetryOnFailure())
                .UseCompiledModel(Data.CompiledModels.SqlServer.SqlServerHireHubDbContextModel.Instance)
                .AddInterceptors(ConfigurationChanges(sp), RegistryChanges(sp)));
            services.AddSingleton<IDbContextFactory<HireHubDbContext>, ProviderDbContextFactory<SqlServerHireHubDbContext>>();
        }
        else
        {
            services.AddDbContextFactory<SqliteHireHubDbContext>((sp, o) => o.UseSqlite(
                    SqliteConnectionStrings.Resolve(ConnectionString(configuration), contentRoot),
                    sqlite => sqlite.ExecutionStrategy(d => new SqliteRetryingExecutionStrategy(d)))
                .UseCompiledModel(Data.CompiledModels.Sqlite.SqliteHireHubDbContextModel.Instance)
                .AddInterceptors(new SqliteConnectionSettings(), ConfigurationChanges(sp), RegistryChanges(sp)));
            services.AddSingleton<IDbContextFactory<HireHubDbContext>, ProviderDbContextFactory<SqliteHireHubDbContext>>();
        }

        services.AddSingleton<DatabaseInitializer>();
        services.AddValidatorsFromAssembly(typeof(DependencyInjection).Assembly, ServiceLifetime.Singleton, includeInternalTypes: false);
        services.AddSingleton<PersonnelNumberSequence>();
        services.AddSingleton<IReferenceData, PersonnelNumberSequenceSetup>();
        services.AddSingleton<HiringService>();
        services.AddSingleton<HireDismissalService>();
        services.AddSingleton<BulkHiringService>();
        services.AddSingleton<ChecklistTemplateService>();
        services.AddSingleton<OnboardingTaskQueries>();
        services.AddSingleton<OnboardingTaskActions>();
        services.AddSingleton<IEmploymentStartFollower, OnboardingDueDatesFollowStart>();
        services.AddSingleton<CandidateQueries>();
        services.AddSingleton<CandidateDecisionService>();
        services.AddSingleton<WorkerQueries>();
        services.AddSingleton<WorkerEditService>();
        services.AddSingleton<OrganizationQueries>();
        services.AddSingleton<RegistryCache>();
        services.AddSingleton<IntegrationRegistry>();
        services.AddSingleton<IntegrationLog>();
        services.AddSingleton<IdempotencyStore>();
        services.AddSingleton<CandidateFeed>();
        // The writer's constructor is internal (its group logic is Core's own), hence the factory.
        services.AddSingleton(sp => new ExportWriter(
            sp.GetRequiredService<IDbContextFactory<HireHubDbContext>>(),
            new ExportGroup(sp.GetRequiredService<TimeProvider>(), sp.GetRequiredService<Microsoft.Extensions.Localization.IStringLocalizer<CoreText>>()),
            sp.GetRequiredService<Microsoft.Extensions.Logging.ILogger<ExportWriter>>()));
        services.AddSingleton<ExportService>();
        services.AddSingleton<ExportQueries>();
        services.AddSingleton<ManualExports>();
        services.AddSingleton<ExportHistory>();
        services.AddSingleton<CsvImport>();
        services.AddSingleton<ConnectionAdministration>();
        services.AddSingleton<SecurityRoleAdministration>();
        services.AddSingleton<ApplicationUserAdministration>();
        services.AddSingleton<EntraApplicationAdministration>();
        services.AddSingleton<TableAdministration>();
        services.AddSingleton<SetupHealthCheck>();
        services.AddSingleton<RoutingRuleAdministration>();
        services.AddSingleton<AuditLogQueries>();
        services.AddSingleton<CandidateAnonymiser>();
        services.AddSingleton<RetentionSweep>();
        services.AddSingleton<LegalHoldService>();
        services.AddSingleton<PrivacyQueries>();
        services.AddSingleton<SubjectRightsService>();
        services.AddSingleton<HrDashboardQueries>();
        services.AddSingleton<RecruiterDashboardQueries>();
        services.AddSingleton<AdminDashboardQueries>();
        return services;
    }

    /// <summary>
    /// Keeps the Data Protection key ring in HireHub's own database (table <c>DataProtectionKeys</c>), so cookies and
    /// antiforgery tokens one instance issues are read by every other instance on the same database, and after a restart.
    /// </summary>
    public static IDataProtectionBuilder PersistKeysToHireHubDatabase(this IDataProtectionBuilder builder, IConfiguration configuration) =>
        ProviderOf(configuration) == DatabaseProvider.SqlServer
            ? builder.PersistKeysToDbContext<SqlServerHireHubDbContext>()
            : builder.PersistKeysToDbContext<SqliteHireHubDbContext>();

    private static DatabaseProvider ProviderOf(IConfiguration configuration) =>
        configuration.GetSection(DatabaseOptions.SectionName).Get<DatabaseOptions>()?.Provider ?? DatabaseProvider.Sqlite;

    private static ConfigurationChangeLog ConfigurationChanges(IServiceProvider services) =>
        new((services.GetService<ILoggerFactory>() ?? NullLoggerFactory.Instance).CreateLogger(SecurityLog.Category));

    // Every context of this instance reports registry writes to the one cache the API's registry check reads.
    private static RegistryChangeWatch RegistryChanges(IServiceProvider services) => new(services.GetRequiredService<RegistryCache>());

    private static string ConnectionString(IConfiguration configuration) =>
        configuration.GetConnectionString(DatabaseOptions.ConnectionStringName)
            ?? throw new InvalidOperationException($"ConnectionStrings:{DatabaseOptions.ConnectionStringName} is not set.");
}

internal static class SqliteConnectionStrings
{
    public static string Resolve(string connectionString, string contentRoot)
    {
        var builder = new SqliteConnectionStringBuilder(connectionString);
        if (builder.DataSource != ":memory:" && !builder.DataSource.StartsWith("file:", StringComparison.Ordinal) && !Path.IsPathRooted(builder.DataSource))
        {
            builder.DataSource = Path.GetFullPath(Path.Combine(contentRoot, builder.DataSource));
        }

        // Concurrent writers wait for each other (up to this many seconds) instead of failing with "database is locked".
        if (builder.DefaultTimeout < 30)
        {
            builder.DefaultTimeout = 30;
        }

        return builder.ToString();
    }
}
