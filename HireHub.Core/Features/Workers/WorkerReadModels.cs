using HireHub.Core.Domain;

namespace HireHub.Core.Features.Workers;

public sealed record WorkerListItem(string PersonnelNumber, string Name, string? Email, string? Phone, WorkerType WorkerType, string? LegalEntityId, DateOnly? EmploymentStart, string? PositionTitle);

public sealed record WorkerDetails(
    string PersonnelNumber,
    string FirstName,
    string? MiddleName,
    string LastName,
    string? Email,
    string? Phone,
    WorkerType WorkerType,
    DateTimeOffset CreatedAt,
    IReadOnlyList<EmploymentDetails> Employments,
    IReadOnlyList<PositionAssignmentDetails> Positions,
    Guid Version = default);

/// <summary>One employment; <see cref="Id"/> and <see cref="Version"/> are what a change of its start date names and checks.</summary>
public sealed record EmploymentDetails(string LegalEntityId, string LegalEntityName, DateOnly StartDate, DateOnly? EndDate, Guid Id = default, Guid Version = default);

public sealed record PositionAssignmentDetails(string PositionNumber, string Title, string Department, DateOnly StartDate, DateOnly? EndDate);

/// <summary>A row of the Starting soon or Recent hires sections of Personnel management.</summary>
public sealed record NewStarter(string PersonnelNumber, string Name, string LegalEntityId, DateOnly StartDate, string? PositionTitle, DateTimeOffset HiredAt, Guid EmploymentId = default);
