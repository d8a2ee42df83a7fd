using System.Net;
using HireHub.Core.Data;
using HireHub.Tests.Support;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace HireHub.Tests.Security;

/// <summary>Anonymous health endpoints that say only "Healthy" or "Unhealthy"; ready needs every migration applied.</summary>
public sealed class HealthEndpointTests
{
    [Theory]
    [InlineData("/health/live")]
    [InlineData("/health/ready")]
    public async Task Health_WhenAnonymous_IsHealthyAndSaysNothingElse(string path)
    {
        await using var app = new HireHubAppFactory();
        using var client = app.CreateClient(new() { AllowAutoRedirect = false });

        using var response = await client.GetAsync(path, TestContext.Current.CancellationToken);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("Healthy", await response.Content.ReadAsStringAsync(TestContext.Current.CancellationToken));
    }

    [Fact]
    public async Task Ready_WithAMigrationNotApplied_Is503WhileLiveStaysHealthy()
    {
        await using var app = new HireHubAppFactory();
        using var client = app.CreateClient(new() { AllowAutoRedirect = false });
        var db = app.Services.GetRequiredService<IDbContextFactory<HireHubDbContext>>();
        await using (var context = await db.CreateDbContextAsync(TestContext.Current.CancellationToken))
        {
            var last = (await context.Database.GetAppliedMigrationsAsync(TestContext.Current.CancellationToken)).Last();
            await context.Database.ExecuteSqlAsync($"DELETE FROM __EFMigrationsHistory WHERE MigrationId = {last}", TestContext.Current.CancellationToken);
        }

        using var ready = await client.GetAsync("/health/ready", TestContext.Current.CancellationToken);
        using var live = await client.GetAsync("/health/live", TestContext.Current.CancellationToken);

        Assert.Equal(HttpStatusCode.ServiceUnavailable, ready.StatusCode);
        Assert.Equal("Unhealthy", await ready.Content.ReadAsStringAsync(TestContext.Current.CancellationToken));
        Assert.Equal(HttpStatusCode.OK, live.StatusCode);
    }
}
