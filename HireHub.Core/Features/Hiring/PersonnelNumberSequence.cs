using HireHub.Core.Data;
using HireHub.Core.Domain;
using Microsoft.EntityFrameworkCore;

namespace HireHub.Core.Features.Hiring;

/// <summary>
/// Personnel numbers without gaps or duplicates. <see cref="TakeNextAsync"/> increments the counter with
/// one UPDATE inside the caller's transaction: the row stays locked until the hire commits, so concurrent
/// hires take numbers one after another, and a hire that rolls back gives its number back.
/// </summary>
public sealed class PersonnelNumberSequence
{
    public async Task<string> TakeNextAsync(HireHubDbContext db, CancellationToken ct)
    {
        if (db.Database.CurrentTransaction is null)
        {
            throw new InvalidOperationException("Personnel numbers are taken inside the transaction that uses them.");
        }

        await db.NumberSequences.Where(s => s.Code == NumberSequence.PersonnelNumbers)
            .ExecuteUpdateAsync(s => s.SetProperty(x => x.NextValue, x => x.NextValue + 1), ct);
        var sequence = await db.NumberSequences.AsNoTracking().SingleAsync(s => s.Code == NumberSequence.PersonnelNumbers, ct);
        return sequence.Format(sequence.NextValue - 1);
    }

    /// <summary>The number the next hire would get, for display only.</summary>
    public async Task<string> PeekAsync(HireHubDbContext db, CancellationToken ct)
    {
        var sequence = await db.NumberSequences.AsNoTracking().SingleAsync(s => s.Code == NumberSequence.PersonnelNumbers, ct);
        return sequence.Format(sequence.NextValue);
    }
}
