namespace HireHub.Tests.Web;

/// <summary>Retention settings that contradict each other, which the app must refuse to start with.</summary>
public sealed class AppWithInvalidRetention : HireHubAppFactory
{
    protected override IDictionary<string, string?> Settings => new Dictionary<string, string?> { ["Retention:NotProcessedFlagAfterDays"] = "400" };
}
