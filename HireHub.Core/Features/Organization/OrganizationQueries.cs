using HireHub.Core.Data;
using Microsoft.EntityFrameworkCore;

namespace HireHub.Core.Features.Organization;

/// <param name="CountryRegion">Where the entity employs people (ISO 3166), when recorded: a connection's phone region starts from it.</param>
public sealed record LegalEntityOption(string Id, string Name, string? CountryRegion = null)
{
    public override string ToString() => $"{Id} {Name}";
}

public sealed class OrganizationQueries(IDbContextFactory<HireHubDbContext> dbFactory)
{
    public async Task<IReadOnlyList<LegalEntityOption>> LegalEntitiesAsync(CancellationToken ct = default)
    {
        await using var db = await dbFactory.CreateDbContextAsync(ct);
        return await db.LegalEntities.AsNoTracking().OrderBy(e => e.Id).Select(e => new LegalEntityOption(e.Id, e.Name, e.CountryRegion)).ToListAsync(ct);
    }
}
