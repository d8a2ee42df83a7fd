using HireHub.Core.Features.Candidates;

namespace HireHub.Web.Components.Pages.PersonnelManagement;

/// <summary>
/// The candidates ticked in the Candidates to hire panel for Hire selected, by id: kept across pages and searches, so
/// HR can gather them from several pages, until they are hired or the selection is cleared.
/// </summary>
public sealed class CandidateSelection
{
    private readonly Dictionary<Guid, CandidateToHire> chosen = [];

    public int Count => chosen.Count;

    public bool Contains(Guid candidateId) => chosen.ContainsKey(candidateId);

    /// <summary>True when every candidate on the page is chosen (and the page has some).</summary>
    public bool AllOf(IReadOnlyList<CandidateToHire> page) => page.Count > 0 && page.All(c => chosen.ContainsKey(c.Id));

    public void Set(CandidateToHire candidate, bool on)
    {
        if (on)
        {
            chosen[candidate.Id] = candidate;
        }
        else
        {
            chosen.Remove(candidate.Id);
        }
    }

    public void SetAll(IEnumerable<CandidateToHire> page, bool on)
    {
        foreach (var candidate in page)
        {
            Set(candidate, on);
        }
    }

    public void Remove(IEnumerable<Guid> candidateIds)
    {
        foreach (var id in candidateIds)
        {
            chosen.Remove(id);
        }
    }

    public void Clear() => chosen.Clear();

    /// <summary>The chosen candidates by name, as the bulk hire dialog lists them.</summary>
    public IReadOnlyList<CandidateToHire> ByName() => [.. chosen.Values.OrderBy(c => c.Name, StringComparer.CurrentCulture)];
}
