using HireHub.Core.Features.Privacy;
using HireHub.Tests.Support;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using Microsoft.Extensions.Time.Testing;

namespace HireHub.Tests.Core.Privacy;

public sealed class RetentionOptionsTests
{
    [Fact]
    public void Defaults_AreThePolicyTheDocsState()
    {
        var policy = Resolve([]);
        Assert.Equal((true, 180, 180, 90, 365, TimeSpan.FromHours(1), 100), (policy.Enabled, policy.NotHiredAnonymiseAfterDays, policy.DismissedAnonymiseAfterDays, policy.NotProcessedFlagAfterDays, policy.NotProcessedAnonymiseAfterDays, policy.SweepInterval, policy.BatchSize));
    }

    [Fact]
    public void Configuration_OverridesEachSetting()
    {
        var policy = Resolve(new() { ["Retention:NotHiredAnonymiseAfterDays"] = "30", ["Retention:SweepInterval"] = "00:15:00", ["Retention:Enabled"] = "false" });
        Assert.Equal((false, 30, TimeSpan.FromMinutes(15)), (policy.Enabled, policy.NotHiredAnonymiseAfterDays, policy.SweepInterval));
    }

    [Theory]
    [InlineData("Retention:NotHiredAnonymiseAfterDays", "0", "Retention:NotHiredAnonymiseAfterDays must be between 1 and 3650 days; it is 0.")]
    [InlineData("Retention:NotProcessedFlagAfterDays", "365", "Retention:NotProcessedFlagAfterDays (365) must be less than NotProcessedAnonymiseAfterDays (365), so HR is warned before the data goes.")]
    [InlineData("Retention:SweepInterval", "00:00:10", "Retention:SweepInterval must be between 00:01:00 and 1.00:00:00; it is 00:00:10.")]
    [InlineData("Retention:BatchSize", "5000", "Retention:BatchSize must be between 1 and 1000; it is 5000.")]
    public void InvalidPolicy_IsRefusedWithTheSettingNamed(string key, string value, string message)
    {
        var error = Assert.Throws<OptionsValidationException>(() => Resolve(new() { [key] = value }));
        Assert.Equal(message, Assert.Single(error.Failures));
    }

    private static RetentionOptions Resolve(Dictionary<string, string?> settings)
    {
        using var services = CoreServices.Create(Path.Combine(Path.GetTempPath(), "unused.db"), new FakeTimeProvider(), settings).BuildServiceProvider();
        return services.GetRequiredService<IOptions<RetentionOptions>>().Value;
    }
}
