namespace HireHub.Tests.Support;

/// <summary>A second app instance (or a restart) on another instance's database file, as two servers share one database in production.</summary>
public sealed class InstanceOn(string databasePath) : HireHubAppFactory(databasePath);
