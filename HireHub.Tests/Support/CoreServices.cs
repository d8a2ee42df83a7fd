using HireHub.Core;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Time.Testing;

namespace HireHub.Tests.Support;

/// <summary>Core's services registered exactly as the app registers them, with a fake clock in place of the system one.</summary>
public static class CoreServices
{
    /// <summary>Monday 1 March 2027, 09:30 UTC: a fixed "now" so start dates and times read the same on every run.</summary>
    public static readonly DateTimeOffset DefaultNow = new(2027, 3, 1, 9, 30, 0, TimeSpan.Zero);

    public static ServiceCollection Create(string databaseFile, FakeTimeProvider time, IReadOnlyDictionary<string, string?>? settings = null)
    {
        var values = new Dictionary<string, string?> { ["ConnectionStrings:HireHub"] = $"Data Source={databaseFile}" };
        foreach (var (key, value) in settings ?? new Dictionary<string, string?>())
        {
            values[key] = value;
        }

        var configuration = new ConfigurationBuilder().AddInMemoryCollection(values).Build();
        var services = new ServiceCollection();
        services.AddLogging();
        services.AddHireHubCore(configuration, Path.GetDirectoryName(databaseFile)!);
        services.Replace(ServiceDescriptor.Singleton<TimeProvider>(time));
        return services;
    }
}
