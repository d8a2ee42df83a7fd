using FluentValidation;
using HireHub.Core.Data;
using HireHub.Core.Features.Administration;
using HireHub.Core.Features.Candidates;
using HireHub.Core.Features.Exports;
using HireHub.Core.Features.Hiring;
using HireHub.Core.Features.Integrations;
using HireHub.Core.Features.Organization;
using HireHub.Core.Features.Workers;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

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
        services.AddLocalization(o => o.ResourcesPath = "Resources");
        services.AddSingleton(TimeProvider.System);

        // The connection string is read when a context is configured, not now: sources added to the configuration
        // after registration (a test host's own database file, say) must still win.
        var provider = configuration.GetSection(DatabaseOptions.SectionName).Get<DatabaseOptions>()?.Provider ?? DatabaseProvider.Sqlite;
        if (provider == DatabaseProvider.SqlServer)
        {
            services.AddDbContextFactory<SqlServerHireHubDbContext>((_, o) => o.UseSqlServer(ConnectionString(configuration), sql => sql.EnableRetryOnFailure()));
            services.AddSingleton<IDbContextFactory<HireHubDbContext>, ProviderDbContextFactory<SqlServerHireHubDbContext>>();
        }
        else
        {
            services.AddDbContextFactory<SqliteHireHubDbContext>((_, o) => o.UseSqlite(SqliteConnectionStrings.Resolve(ConnectionString(configuration), contentRoot))
                .AddInterceptors(new SqliteConnectionSettings()));
            services.AddSingleton<IDbContextFactory<HireHubDbContext>, ProviderDbContextFactory<SqliteHireHubDbContext>>();
        }

        services.AddSingleton<DatabaseInitializer>();
        services.AddValidatorsFromAssembly(typeof(DependencyInjection).Assembly, ServiceLifetime.Singleton, includeInternalTypes: false);
        services.AddSingleton<PersonnelNumberSequence>();
        services.AddSingleton<HiringService>();
        services.AddSingleton<CandidateQueries>();
        services.AddSingleton<CandidateDecisionService>();
        services.AddSingleton<WorkerQueries>();
        services.AddSingleton<OrganizationQueries>();
        services.AddSingleton<IntegrationRegistry>();
        services.AddSingleton<IntegrationLog>();
        services.AddSingleton<IdempotencyStore>();
        services.AddSingleton<CandidateFeed>();
        // The writer's constructor is internal (its group logic is Core's own), hence the factory.
        services.AddSingleton(sp => new ExportWriter(
            sp.GetRequiredService<IDbContextFactory<HireHubDbContext>>(),
            new ExportGroup(sp.GetRequiredService<TimeProvider>(), sp.GetRequiredService<Microsoft.Extensions.Localization.IStringLocalizer<CoreText>>()),
            sp.GetRequiredService<CandidateFeed>(),
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
        return services;
    }

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
