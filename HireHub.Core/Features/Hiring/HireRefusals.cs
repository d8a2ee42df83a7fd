using HireHub.Core.Common;
using HireHub.Core.Data;
using HireHub.Core.Domain;
using HireHub.Core.Features.Candidates;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;

namespace HireHub.Core.Features.Hiring;

/// <summary>How a hire is refused: at the field at fault, or, when another write won the race, with who did what.</summary>
internal static class HireRefusals
{
    public static Problem FieldProblem(string field, string message) =>
        Problem.Invalid(new Dictionary<string, string[]> { [field] = [message] }, message);

    // Refused, not merged: HR decides on what the ATS sent now, which the dialog shows beside what HR saw.
    public static Problem ChangedSinceSeen(ExportedCandidate candidate, int seenRevision, IStringLocalizer<CoreText> text) =>
        Problem.Conflict(text["CandidateChangedSinceOpened", FullName.Of(candidate.FirstName, candidate.MiddleName, candidate.LastName), seenRevision, candidate.Revision]);

    /// <summary>
    /// Another write won the race (a concurrency token or a unique index refused the hire): say who did what, read fresh
    /// from the database, as the checks before the write would have.
    /// </summary>
    public static async Task<Result<HireResult>> ExplainLostRaceAsync(HireHubDbContext db, HireNewWorker request, IStringLocalizer<CoreText> text, CancellationToken ct)
    {
        var candidate = await db.ExportedCandidates.AsNoTracking().SingleOrDefaultAsync(c => c.Id == request.CandidateId, ct);
        if (!CandidateDecisionRules.MayDecide(candidate, text, out var refusal))
        {
            return refusal;
        }

        if (candidate.Revision != request.Revision)
        {
            return ChangedSinceSeen(candidate, request.Revision, text);
        }

        // The position's unique open assignment refused ours: say who holds it now, as the check before the write would.
        if (request.PositionId is { } positionId
            && await db.PositionAssignments.AsNoTracking().Where(a => a.PositionId == positionId && a.EndDate == null)
                .Select(a => new { a.Position!.PositionNumber, a.Worker!.FirstName, a.Worker.MiddleName, a.Worker.LastName })
                .FirstOrDefaultAsync(ct) is { } holder)
        {
            return Problem.Conflict(text["PositionFilled", holder.PositionNumber, FullName.Of(holder.FirstName, holder.MiddleName, holder.LastName)]);
        }

        if (request.PersonnelNumber?.Trim() is { Length: > 0 } personnelNumber && await db.Workers.AnyAsync(w => w.PersonnelNumber == personnelNumber, ct))
        {
            return FieldProblem(nameof(HireNewWorker.PersonnelNumber), text["PersonnelNumberTaken", personnelNumber]);
        }

        return Problem.Conflict(text["HireConflict"]);
    }
}
