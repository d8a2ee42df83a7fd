namespace HireHub.Core.Domain;

/// <summary>
/// A record two people can edit at once. <see cref="Version"/> is an application-set concurrency token,
/// because SQLite has no database-generated rowversion; the DbContext renews it on every update.
/// </summary>
public interface IVersioned
{
    Guid Version { get; set; }
}
