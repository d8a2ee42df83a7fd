using HireHub.Core.Common;
using HireHub.Core.Domain;
using Microsoft.Extensions.Localization;

namespace HireHub.Core.Features.Candidates;

internal static class CandidateStatusText
{
    /// <summary>"Already hired by Alex Doe at 3 March 2027 10:15", in the person's culture and time zone (UTC, said so, for an application).</summary>
    public static string AlreadyActedOn(IStringLocalizer<CoreText> text, ExportedCandidate candidate)
    {
        var who = candidate.ActedBy ?? "?";
        var when = candidate.ActedAt is { } at ? PersonTime.ForMessage(at) : "?";
        return candidate.Status switch
        {
            CandidateStatus.Hired => text["AlreadyHired", who, when],
            CandidateStatus.NotHired => text["AlreadyNotHired", who, when],
            CandidateStatus.Dismissed => text["AlreadyDismissed", who, when],
            _ => text["HireConflict"],
        };
    }
}
