namespace HireHub.Core.Features.Exports;

/// <summary>
/// A candidate an applicant tracking system exports as hired: the body of <c>POST /api/v1/exported-candidates</c>,
/// one item of a batch, one row of the recruiters' CSV upload and the model of their Export to HRIS form.
/// Every value is optional here so that <see cref="ExportCandidateValidator"/> can say what is missing, field by
/// field; settable so a form can bind to it.
/// </summary>
public sealed record ExportCandidate
{
    /// <summary>The applicant tracking system's own id for the candidate; a second export with it updates the first.</summary>
    public string? CandidateId { get; set; }

    public string? FirstName { get; set; }

    public string? MiddleName { get; set; }

    public string? LastName { get; set; }

    public string? Email { get; set; }

    /// <summary>As the recruiter typed it; stored as E.164, read with the connection's default region when it has no country code.</summary>
    public string? Phone { get; set; }

    /// <summary>The employment start date as <c>YYYY-MM-DD</c>.</summary>
    public string? StartDate { get; set; }

    public string? JobTitle { get; set; }

    public string? Location { get; set; }

    public string? HrisProvider { get; set; }

    public ExportRecruiter? Recruiter { get; set; }
}

public sealed record ExportRecruiter
{
    public string? Name { get; set; }

    public string? Email { get; set; }
}

/// <summary>The body of <c>POST /api/v1/exported-candidates/batch</c>.</summary>
public sealed record ExportCandidateBatch
{
    public List<ExportCandidate>? Items { get; set; }
}
