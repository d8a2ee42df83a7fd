using Microsoft.EntityFrameworkCore;

namespace HireHub.Core.Data;

/// <summary>Lets every service ask for the shared <see cref="HireHubDbContext"/> whichever provider configuration chose.</summary>
internal sealed class ProviderDbContextFactory<TContext>(IDbContextFactory<TContext> inner) : IDbContextFactory<HireHubDbContext>
    where TContext : HireHubDbContext
{
    public HireHubDbContext CreateDbContext() => inner.CreateDbContext();

    public async Task<HireHubDbContext> CreateDbContextAsync(CancellationToken cancellationToken = default) =>
        await inner.CreateDbContextAsync(cancellationToken);
}
