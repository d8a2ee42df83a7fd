using HireHub.Core.Data;
using HireHub.Core.Domain;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace HireHub.Core.Features.Hiring;

/// <summary>The personnel number sequence's row, shaped as the <c>Hiring</c> settings say (prefix, width), at every start-up.</summary>
internal sealed class PersonnelNumberSequenceSetup(IOptions<HiringOptions> hiring) : IReferenceData
{
    public async Task EnsureAsync(HireHubDbContext db, CancellationToken ct)
    {
        var sequence = await db.NumberSequences.SingleOrDefaultAsync(s => s.Code == NumberSequence.PersonnelNumbers, ct);
        if (sequence is null)
        {
            sequence = new NumberSequence { Code = NumberSequence.PersonnelNumbers };
            db.NumberSequences.Add(sequence);
        }

        sequence.Prefix = hiring.Value.PersonnelNumberPrefix;
        sequence.Width = hiring.Value.PersonnelNumberWidth;
        try
        {
            await db.SaveChangesAsync(ct);
        }
        catch (DbUpdateException) when (db.Entry(sequence).State == EntityState.Added)
        {
            // Another instance created it at the same moment; its row is as good as ours.
        }
    }
}
