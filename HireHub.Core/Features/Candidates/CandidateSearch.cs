using System.Linq.Expressions;
using HireHub.Core.Common;
using HireHub.Core.Domain;
using Microsoft.EntityFrameworkCore;

namespace HireHub.Core.Features.Candidates;

/// <summary>
/// What the Candidates to hire search box matches: candidates whose first name, last name, email, job title or
/// location starts with the text, or whose first name is the text's first word and last name starts with the rest
/// ("Anna Kow" finds Anna Kowalski); case does not matter. Matching from the start, not anywhere, is what lets an
/// index find the candidates: each way of matching is one range of a (Status, column) index over waiting candidates
/// only, however many candidates there are, where LIKE '%text%' had to read every one of them.
/// </summary>
public static class CandidateSearch
{
    /// <summary>
    /// One condition per index, for the caller to query separately and unite (UNION), not to OR together: given
    /// <c>Status = ?</c> and an OR, SQLite's planner (which keeps no statistics here) prefers walking every waiting
    /// candidate in the status index; given <c>Status = ?</c> and one prefix range, it takes the (Status, column) index.
    /// </summary>
    public static IReadOnlyList<Expression<Func<ExportedCandidate, bool>>> Conditions(string search)
    {
        var text = string.Join(' ', search.Split(' ', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries));
        var startsWith = LikePattern.StartsWith(text);
        var conditions = new List<Expression<Func<ExportedCandidate, bool>>>
        {
            c => EF.Functions.Like(c.LastName, startsWith, LikePattern.Escape),
            c => EF.Functions.Like(c.FirstName, startsWith, LikePattern.Escape),
            c => EF.Functions.Like(c.Email, startsWith, LikePattern.Escape),
            c => EF.Functions.Like(c.JobTitle, startsWith, LikePattern.Escape),
            c => EF.Functions.Like(c.Location, startsWith, LikePattern.Escape),
        };
        var space = text.IndexOf(' ', StringComparison.Ordinal);
        if (space > 0)
        {
            var first = text[..space];
            var lastStartsWith = LikePattern.StartsWith(text[(space + 1)..]);
            conditions.Add(c => c.FirstName == first && EF.Functions.Like(c.LastName, lastStartsWith, LikePattern.Escape));
        }

        return conditions;
    }
}
