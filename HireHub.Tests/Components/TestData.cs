using HireHub.Core.Common;
using HireHub.Core.Data;
using HireHub.Core.Domain;
using Microsoft.EntityFrameworkCore;

namespace HireHub.Tests.Components;

/// <summary>Builders with sensible defaults, and a way to store them and read the database back through the app's own context.</summary>
public sealed class TestData(Func<IDbContextFactory<HireHubDbContext>> dbFactory, TimeProvider time)
{
    private int received;

    public DateOnly Today => time.Today();

    public static LegalEntity LegalEntity(string id = "USMF", string name = "Contoso Entertainment USA") => new() { Id = id, Name = name };

    public static AtsConnection Connection(string? defaultLegalEntityId = "USMF") => new()
    {
        Name = "LinkedIn Talent Hub",
        Provider = "LinkedInTalentHub",
        Status = ConnectionStatus.Linked,
        DefaultLegalEntityId = defaultLegalEntityId,
        DefaultPhoneRegion = "US",
    };

    /// <summary>
    /// A NotProcessed candidate with everything a hire needs. Each one is received a minute before the
    /// previous, so the panel's default order (newest first) is the order they were built in.
    /// </summary>
    public ExportedCandidate Candidate(AtsConnection connection, string firstName, string lastName, Action<ExportedCandidate>? configure = null)
    {
        received++;
        var candidate = new ExportedCandidate
        {
            ConnectionId = connection.Id,
            CandidateId = $"ats-{Guid.NewGuid():N}",
            FirstName = firstName,
            LastName = lastName,
            Email = $"{firstName}.{lastName}@example.com".ToLowerInvariant(),
            Phone = "+14255550100",
            StartDate = Today.AddDays(21),
            JobTitle = "Software Engineer",
            Location = "Redmond, WA",
            ReceivedAt = time.GetUtcNow().AddMinutes(-received),
            UpdatedAt = time.GetUtcNow().AddMinutes(-received),
        };
        configure?.Invoke(candidate);
        return candidate;
    }

    /// <summary>A worker whose employment in <paramref name="legalEntityId"/> began a year ago and, unless <paramref name="employmentEnded"/>, still runs.</summary>
    public Worker Worker(string personnelNumber, string firstName, string lastName, string legalEntityId = "USMF", bool employmentEnded = false, Action<Worker>? configure = null)
    {
        var worker = new Worker
        {
            PersonnelNumber = personnelNumber,
            FirstName = firstName,
            LastName = lastName,
            Email = $"{firstName}.{lastName}@contoso.com".ToLowerInvariant(),
            Phone = "+14255550199",
            WorkerType = WorkerType.Employee,
            CreatedAt = time.GetUtcNow().AddYears(-1),
        };
        worker.Employments.Add(new Employment
        {
            WorkerId = worker.Id,
            LegalEntityId = legalEntityId,
            StartDate = Today.AddYears(-1),
            EndDate = employmentEnded ? Today.AddMonths(-1) : null,
            CreatedAt = time.GetUtcNow().AddYears(-1),
        });
        configure?.Invoke(worker);
        return worker;
    }

    public static Position Position(string positionNumber, string title, string department = "Engineering", string legalEntityId = "USMF") => new()
    {
        PositionNumber = positionNumber,
        Title = title,
        Department = department,
        LegalEntityId = legalEntityId,
    };

    public async Task AddAsync(params object[] entities)
    {
        await using var db = await dbFactory().CreateDbContextAsync();
        db.AddRange(entities);
        await db.SaveChangesAsync();
    }

    public async Task<T> QueryAsync<T>(Func<HireHubDbContext, Task<T>> query)
    {
        await using var db = await dbFactory().CreateDbContextAsync();
        return await query(db);
    }
}
