using HireHub.Core.Data;
using HireHub.Core.Data.CompiledModels.Sqlite;
using HireHub.Core.Data.CompiledModels.SqlServer;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Metadata;

namespace HireHub.Tests.Core.Data;

/// <summary>
/// The app runs on the compiled models in Data/CompiledModels (see CompiledModelOptions): each must be the model the
/// code builds today, or the app would read and write through yesterday's mapping. A model change without
/// <c>dotnet ef dbcontext optimize</c> (README, "Changing the model") fails here, naming what differs.
/// </summary>
public sealed class CompiledModelTests
{
    [Fact]
    public void SqliteCompiledModel_IsTheModelTheCodeBuilds()
    {
        using var built = new SqliteHireHubDbContext(new DbContextOptionsBuilder<SqliteHireHubDbContext>().UseSqlite("Data Source=:memory:").Options);

        AssertSame(built, SqliteHireHubDbContextModel.Instance, "SqliteHireHubDbContext", "Sqlite");
    }

    [Fact]
    public void SqlServerCompiledModel_IsTheModelTheCodeBuilds()
    {
        using var built = new SqlServerHireHubDbContext(new DbContextOptionsBuilder<SqlServerHireHubDbContext>()
            .UseSqlServer("Server=(localdb)\\compiled-model-check;Database=HireHub;Trusted_Connection=True").Options);

        AssertSame(built, SqlServerHireHubDbContextModel.Instance, "SqlServerHireHubDbContext", "SqlServer");
    }

    private static void AssertSame(DbContext built, IModel compiled, string context, string folder)
    {
        // A context finds the compiled model of its assembly by itself (its [DbContext] attribute), so the code's own
        // model is the design-time one, which EF builds from OnModelCreating.
        var code = Schema(built.GetService<IDesignTimeModel>().Model);
        var generated = Schema(compiled);
        Assert.True(code.SequenceEqual(generated),
            $"The compiled {folder} model is not the code's; regenerate it: dotnet ef dbcontext optimize --project HireHub.Core " +
            $"--startup-project HireHub.Core --context {context} --output-dir Data/CompiledModels/{folder} --namespace HireHub.Core.Data.CompiledModels.{folder}\n" +
            string.Join("\n", code.Except(generated).Select(line => "code: " + line)
                .Concat(generated.Except(code).Select(line => "compiled: " + line))));
    }

    // Tables, columns (store type, nullability, the CLR property and its converter), keys, indexes and foreign keys.
    private static List<string> Schema(IModel model)
    {
        var lines = new List<string>();
        foreach (var table in model.GetRelationalModel().Tables.OrderBy(t => t.Name, StringComparer.Ordinal))
        {
            lines.AddRange(table.Columns.OrderBy(c => c.Name, StringComparer.Ordinal).Select(c =>
                $"{table.Name}.{c.Name}: {c.StoreType}{(c.IsNullable ? " null" : "")} " + string.Join(",", c.PropertyMappings.Select(m =>
                    $"{m.Property.DeclaringType.ClrType.Name}.{m.Property.Name} {m.Property.ClrType.Name} {m.TypeMapping.Converter?.GetType().Name}"))));
            lines.Add($"{table.Name} key: {string.Join(",", table.PrimaryKey?.Columns.Select(c => c.Name) ?? [])}");
            lines.AddRange(table.UniqueConstraints.Select(u => $"{table.Name} unique: {string.Join(",", u.Columns.Select(c => c.Name))}").Order(StringComparer.Ordinal));
            lines.AddRange(table.Indexes.Select(i => $"{table.Name} index {i.Name}: {string.Join(",", i.Columns.Select(c => c.Name))}{(i.IsUnique ? " unique" : "")} {i.Filter}").Order(StringComparer.Ordinal));
            lines.AddRange(table.ForeignKeyConstraints.Select(f => $"{table.Name} fk {f.Name}: {string.Join(",", f.Columns.Select(c => c.Name))} -> {f.PrincipalTable.Name} {f.OnDeleteAction}").Order(StringComparer.Ordinal));
        }

        lines.AddRange(model.GetEntityTypes().Select(e => $"{e.Name} filters: {e.GetDeclaredQueryFilters().Count}").Order(StringComparer.Ordinal));
        return lines;
    }
}
