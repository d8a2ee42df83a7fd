using System.Threading.Channels;
using HireHub.Core.Data;
using HireHub.Core.Domain;
using HireHub.Tests.Support;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.TestHost;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using Microsoft.Extensions.Time.Testing;

namespace HireHub.Tests.Web;

/// <summary>The app runs the retention sweep by itself on its TimeProvider, and refuses to start with a policy that makes no sense.</summary>
public sealed class RetentionHostingTests
{
    [Fact]
    public async Task App_SweepsAtStart_AndAgainEachIntervalOnItsClock()
    {
        var ct = TestContext.Current.CancellationToken;
        using var app = new AppOnFakeClock();
        using var client = app.CreateClient();
        await app.Sweeps.Reader.ReadAsync(ct);

        var factory = app.Services.GetRequiredService<IDbContextFactory<HireHubDbContext>>();
        Guid id;
        await using (var db = await factory.CreateDbContextAsync(ct))
        {
            var candidate = await db.ExportedCandidates.FirstAsync(c => c.Status == CandidateStatus.NotProcessed, ct);
            candidate.Status = CandidateStatus.NotHired;
            candidate.ActedAt = app.Time.GetUtcNow().AddDays(-181);
            await db.SaveChangesAsync(ct);
            id = candidate.Id;
        }

        app.Time.Advance(TimeSpan.FromMinutes(59));
        Assert.False(app.Sweeps.Reader.TryRead(out _));
        app.Time.Advance(TimeSpan.FromMinutes(1));

        Assert.Contains("1 anonymised", await app.Sweeps.Reader.ReadAsync(ct), StringComparison.Ordinal);
        await using (var db = await factory.CreateDbContextAsync(ct))
        {
            Assert.NotNull((await db.ExportedCandidates.SingleAsync(c => c.Id == id, ct)).AnonymisedAt);
        }
    }

    [Fact]
    public void App_WithAFlagLaterThanTheAnonymisation_RefusesToStartAndNamesTheSetting()
    {
        using var app = new AppWithInvalidRetention();

        var exception = Assert.ThrowsAny<Exception>(() => app.CreateClient());

        var refusal = Assert.IsType<OptionsValidationException>(exception.GetBaseException());
        Assert.Contains("Retention:NotProcessedFlagAfterDays (400) must be less than NotProcessedAnonymiseAfterDays (365)", refusal.Message, StringComparison.Ordinal);
    }
}
