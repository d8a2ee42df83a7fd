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
