using HireHub.Core.Domain;

namespace HireHub.Core.Features.Hiring;

/// <summary>An existing worker who may be the candidate, and why HireHub thinks so.</summary>
public sealed record DuplicateWorker(Guid WorkerId, string PersonnelNumber, string Name, string? Email, string? Phone, DuplicateMatch Match, bool CurrentlyEmployed);

[Flags]
public enum DuplicateMatch
{
    None = 0,
    Email = 1,
    Phone = 2,
    Name = 4,
}

/// <summary>A value the ATS changed in a re-export, for HR to see before hiring.</summary>
public sealed record CandidateChange(string Field, string? OldValue, string? NewValue);

/// <summary>
/// What the ATS changed after the revision HR saw, up to <see cref="Revision"/>, the candidate's current one: each field
/// once, from the value HR saw to the value now (a field changed and changed back is not listed).
/// </summary>
public sealed record CandidateChangesSince(int SeenRevision, int Revision, IReadOnlyList<CandidateChange> Changes)
{
    public bool Any => Revision > SeenRevision;

    /// <summary>
    /// Takes the ATS's new values into <paramref name="request"/> and makes it a hire from <see cref="Revision"/>. The
    /// position assignment keeps following the employment start unless HR set it apart. Job title and location are
    /// not part of a hire; the dialog shows them.
    /// </summary>
    public void ApplyTo(HireNewWorker request)
    {
        foreach (var change in Changes)
        {
            switch (change.Field)
            {
                case "firstName": request.FirstName = change.NewValue ?? ""; break;
                case "middleName": request.MiddleName = change.NewValue; break;
                case "lastName": request.LastName = change.NewValue ?? ""; break;
                case "email": request.Email = change.NewValue; break;
                case "phone": request.Phone = change.NewValue; break;
                case "startDate":
                    var start = DateOnly.TryParseExact(change.NewValue, "yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture, System.Globalization.DateTimeStyles.None, out var date) ? date : (DateOnly?)null;
                    if (request.AssignmentStartDate is null || request.AssignmentStartDate == request.StartDate)
                    {
                        request.AssignmentStartDate = start;
                    }

                    request.StartDate = start;
                    break;
            }
        }

        request.Revision = Revision;
    }
}

/// <summary>Everything the Hire new worker dialog opens with.</summary>
public sealed record HireDraft(
    HireNewWorker Request,
    string CandidateName,
    string? JobTitle,
    string? Location,
    string Source,
    bool PersonnelNumberEditable,
    string NextPersonnelNumber,
    IReadOnlyList<DuplicateWorker> Duplicates);

/// <param name="OnboardingTasks">How many onboarding tasks the chosen checklists gave the new employment.</param>
public sealed record HireResult(Guid WorkerId, string PersonnelNumber, string WorkerName, bool Rehired, int OnboardingTasks = 0);

public sealed record VacantPosition(Guid Id, string PositionNumber, string Title, string Department)
{
    public override string ToString() => $"{PositionNumber} {Title}";
}
