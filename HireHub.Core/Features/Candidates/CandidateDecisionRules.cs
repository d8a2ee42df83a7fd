using System.Diagnostics.CodeAnalysis;
using HireHub.Core.Common;
using HireHub.Core.Domain;
using Microsoft.Extensions.Localization;

namespace HireHub.Core.Features.Candidates;

/// <summary>
/// The rules of an HR decision on a candidate (hire, do not hire, dismiss), in one place: whether HR may still act on
/// the candidate, and the stamp a decision leaves on it. Every path that decides, prepares a decision, explains a lost
/// race or revises a candidate asks here, so they cannot drift apart.
/// </summary>
internal static class CandidateDecisionRules
{
    /// <summary>
    /// Whether HR may still act on <paramref name="candidate"/>; if not, <paramref name="refusal"/> says why: it is gone,
    /// its personal data was erased, or someone decided already (who and when).
    /// </summary>
    public static bool MayDecide([NotNullWhen(true)] ExportedCandidate? candidate, IStringLocalizer<CoreText> text, [NotNullWhen(false)] out Problem? refusal)
    {
        refusal = candidate switch
        {
            null => Problem.NotFound(text["CandidateNotFound"]),
            { AnonymisedAt: not null } => Problem.Conflict(text["CandidateAlreadyErased"]),
            { Status: not CandidateStatus.NotProcessed } => Problem.Conflict(CandidateStatusText.AlreadyActedOn(text, candidate)),
            _ => null,
        };
        return refusal is null;
    }

    /// <summary>Records the decision: its status, who made it and when.</summary>
    public static void Decide(ExportedCandidate candidate, CandidateStatus status, Actor actor, DateTimeOffset at)
    {
        candidate.Status = status;
        candidate.ActedBy = actor.DisplayName;
        candidate.ActedAt = at;
        // An ATS polling for its exports' outcome asks for the ones updated since its last look.
        candidate.UpdatedAt = at;
    }
}
