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
