namespace HireHub.Core.Data;

public enum DatabaseProvider
{
    Sqlite,
    SqlServer,
}

/// <summary>The <c>Database</c> section of configuration; the connection string is <c>ConnectionStrings:HireHub</c>.</summary>
public sealed class DatabaseOptions
{
    public const string SectionName = "Database";

    public const string ConnectionStringName = "HireHub";

    public DatabaseProvider Provider { get; set; } = DatabaseProvider.Sqlite;
}
