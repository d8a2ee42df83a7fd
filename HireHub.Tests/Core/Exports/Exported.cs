using HireHub.Core.Features.Exports;

namespace HireHub.Tests.Core.Exports;

/// <summary>A valid export to start from; tests change what they are about.</summary>
internal static class Exported
{
    public static ExportCandidate Candidate(string candidateId = "LI-1", Action<ExportCandidate>? with = null)
    {
        var candidate = new ExportCandidate
        {
            CandidateId = candidateId,
            FirstName = "Maria",
            LastName = "Campbell",
            Email = "maria.campbell@example.com",
            Phone = "+1 425 555 0199",
            StartDate = "2027-04-01",
            JobTitle = "Software Engineer",
            Location = "Redmond, WA",
            HrisProvider = "HireHub",
            Recruiter = new ExportRecruiter { Name = "Lisa Taylor", Email = "lisa.taylor@contoso.com" },
        };
        with?.Invoke(candidate);
        return candidate;
    }
}
