namespace HireHub.Core.Features.Candidates;

/// <summary>One row of the Candidates to hire panel; <see cref="AnonymisesOn"/> is set once retention has flagged it to HR.</summary>
public sealed record CandidateToHire(
    Guid Id,
    string Name,
    string? JobTitle,
    string? Location,
    DateOnly? StartDate,
    string? Email,
    string? Phone,
    string Source,
    DateTimeOffset ReceivedAt,
    int Revision,
    MissingHireData Missing,
    DateTimeOffset? AnonymisesOn = null);

public static class CandidateSort
{
    public const string Name = "name";
    public const string JobTitle = "jobTitle";
    public const string Location = "location";
    public const string StartDate = "startDate";
    public const string ReceivedAt = "receivedAt";
}

/// <summary>
/// What the Candidates to hire panel is narrowed to besides its search; the Home page's figures link to the panel
/// with these, and count with the same conditions (<see cref="CandidateQueries"/>).
/// </summary>
/// <param name="LacksHireData">Only candidates the panel flags with missing data (<see cref="CandidateReadiness"/>).</param>
/// <param name="StartingWithinDays">Only candidates whose start date is from today to this many days after it (the Home page's ageing alert).</param>
public sealed record CandidateListFilter(bool LacksHireData = false, int? StartingWithinDays = null)
{
    public const int MaxDays = 366;

    public static CandidateListFilter None { get; } = new();

    public bool IsNone => this == None;
}
