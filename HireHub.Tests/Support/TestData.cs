using System.Globalization;
using HireHub.Core.Common;
using HireHub.Core.Data;
using HireHub.Core.Domain;
using HireHub.Core.Features.Hiring;
using Microsoft.EntityFrameworkCore;

namespace HireHub.Tests.Support;

/// <summary>
/// The one test-data builder, over one database reached through the app's own context factory and clock.
/// Two ways to use it, over the same <see cref="PositionBuilder"/>, <see cref="WorkerBuilder"/> and <see cref="CandidateBuilder"/>:
/// <list type="bullet">
/// <item><c>…Async</c> members insert at once, with names, emails, phone numbers and numbers unique within the
/// database unless a test sets them, so two defaults never look like the same person (Core tests: <c>database.Given</c>).</item>
/// <item><see cref="LegalEntity"/>, <see cref="Connection"/>, <see cref="Candidate"/>, <see cref="Worker"/> and
/// <see cref="Position"/> only build, with the names a test states, and <see cref="AddAsync"/> stores them together
/// (component tests: <c>Data</c>).</item>
/// </list>
/// </summary>
public sealed class TestData(Func<IDbContextFactory<HireHubDbContext>> dbFactory, TimeProvider time)
{
    public const string DefaultLegalEntityId = "USMF";

    public static readonly Actor HrProfessional = new("hr-alex", "Alex Doe");

    public static readonly Actor OtherHrProfessional = new("hr-sam", "Sam Lee");

    // 17 and 19 share no factor, so the pairs do not repeat for 323 people.
    private static readonly string[] FirstNames = ["Ada", "Bruno", "Carmen", "Dmitri", "Elena", "Farid", "Greta", "Hugo", "Ines", "Jonas", "Keiko", "Luca", "Maya", "Nils", "Olga", "Pavel", "Rana"];
    private static readonly string[] LastNames = ["Almeida", "Berg", "Castillo", "Dahl", "Eklund", "Fischer", "Garza", "Holm", "Ibsen", "Jensen", "Kowalski", "Lindgren", "Moreno", "Nagy", "Ortiz", "Petersen", "Quinn", "Rossi", "Sato"];

    private readonly SemaphoreSlim defaultsLock = new(1, 1);
    private AtsConnection? defaultConnection;
    private int counter;
    private int received;

    public TestData(TestDatabase database)
        : this(database.Get<IDbContextFactory<HireHubDbContext>>, database.Time)
    {
    }

    public DateOnly Today => time.Today();

    public static LegalEntity LegalEntity(string id = DefaultLegalEntityId, string name = "Contoso Entertainment USA") => new() { Id = id, Name = name };

    // Not "LinkedIn Talent Hub": every fresh database already holds that connection as reference data.
    public static AtsConnection Connection(string? defaultLegalEntityId = DefaultLegalEntityId, string name = "Contoso Careers ATS", string phoneRegion = "US") => new()
    {
        Name = name,
        Provider = "GenericAts",
        Status = ConnectionStatus.Linked,
        DefaultLegalEntityId = defaultLegalEntityId,
        DefaultPhoneRegion = phoneRegion,
    };

    public static Position Position(string positionNumber, string title, string department = "Engineering", string legalEntityId = DefaultLegalEntityId) =>
        new PositionBuilder { PositionNumber = positionNumber, Title = title, Department = department, LegalEntityId = legalEntityId }.Build();

    /// <summary>
    /// A NotProcessed candidate with everything a hire needs. Each one is received a minute before the
    /// previous, so the panel's default order (newest first) is the order they were built in.
    /// </summary>
    public ExportedCandidate Candidate(AtsConnection connection, string firstName, string lastName, Action<ExportedCandidate>? configure = null)
    {
        var receivedAt = time.GetUtcNow().AddMinutes(-Interlocked.Increment(ref received));
        var candidate = new CandidateBuilder
        {
            CandidateId = $"ats-{Guid.NewGuid():N}",
            FirstName = firstName,
            LastName = lastName,
            Email = $"{firstName}.{lastName}@example.com".ToLowerInvariant(),
            Phone = "+14255550100",
            ReceivedAt = receivedAt,
        }.Build(connection.Id, Today, time.GetUtcNow());
        configure?.Invoke(candidate);
        return candidate;
    }

    /// <summary>A worker whose employment in <paramref name="legalEntityId"/> began a year ago and, unless <paramref name="employmentEnded"/>, still runs.</summary>
    public Worker Worker(string personnelNumber, string firstName, string lastName, string legalEntityId = DefaultLegalEntityId, bool employmentEnded = false, Action<Worker>? configure = null)
    {
        var today = Today;
        var worker = new WorkerBuilder
        {
            PersonnelNumber = personnelNumber,
            FirstName = firstName,
            LastName = lastName,
            Email = $"{firstName}.{lastName}@contoso.com".ToLowerInvariant(),
            Phone = "+14255550199",
            LegalEntityId = legalEntityId,
            EmploymentStartInDays = today.AddYears(-1).DayNumber - today.DayNumber,
            EmploymentEndInDays = employmentEnded ? today.AddMonths(-1).DayNumber - today.DayNumber : null,
            CreatedAt = time.GetUtcNow().AddYears(-1),
        }.Build(today, time.GetUtcNow());
        configure?.Invoke(worker);
        return worker;
    }

    /// <summary>Stores what <see cref="Candidate"/>, <see cref="Worker"/> and the static builders made, in one save.</summary>
    public async Task AddAsync(params object[] entities)
    {
        await using var db = await dbFactory().CreateDbContextAsync(TestContext.Current.CancellationToken);
        db.AddRange(entities);
        await db.SaveChangesAsync(TestContext.Current.CancellationToken);
    }

    /// <summary>Reads the database back through a fresh context, as a later request would.</summary>
    public async Task<T> QueryAsync<T>(Func<HireHubDbContext, Task<T>> query)
    {
        await using var db = await dbFactory().CreateDbContextAsync(TestContext.Current.CancellationToken);
        return await query(db);
    }

    public async Task<LegalEntity> LegalEntityAsync(string id = DefaultLegalEntityId, string? name = null) =>
        await InsertAsync(LegalEntity(id, name ?? $"Contoso {id}"));

    public async Task<AtsConnection> ConnectionAsync(string name = "Contoso Careers ATS", string defaultLegalEntityId = DefaultLegalEntityId, string phoneRegion = "US") =>
        await InsertAsync(Connection(defaultLegalEntityId, name, phoneRegion));

    /// <summary>
    /// The legal entity <see cref="DefaultLegalEntityId"/> and a linked connection routing to it, made on first use;
    /// every position, worker and candidate with default values needs them.
    /// </summary>
    public async Task<AtsConnection> DefaultConnectionAsync()
    {
        await defaultsLock.WaitAsync(TestContext.Current.CancellationToken);
        try
        {
            if (defaultConnection is null)
            {
                if (await QueryAsync(db => db.LegalEntities.FindAsync([DefaultLegalEntityId], TestContext.Current.CancellationToken).AsTask()) is null)
                {
                    await LegalEntityAsync();
                }

                defaultConnection = await ConnectionAsync();
            }

            return defaultConnection;
        }
        finally
        {
            defaultsLock.Release();
        }
    }

    public async Task<Position> PositionAsync(Func<PositionBuilder, PositionBuilder>? customize = null)
    {
        await DefaultConnectionAsync();
        var n = Next();
        var builder = new PositionBuilder { PositionNumber = $"P{n:0000}" };
        return await InsertAsync((customize?.Invoke(builder) ?? builder).Build());
    }

    public async Task<Worker> WorkerAsync(Func<WorkerBuilder, WorkerBuilder>? customize = null)
    {
        await DefaultConnectionAsync();
        var n = Next();
        var (first, last) = NameFor(n);
        var builder = new WorkerBuilder
        {
            PersonnelNumber = $"W{n:0000}",
            FirstName = first,
            LastName = last,
            Email = EmailFor(first, last, n),
            Phone = PhoneFor(n),
        };
        return await InsertAsync((customize?.Invoke(builder) ?? builder).Build(Today, time.GetUtcNow()));
    }

    public async Task<ExportedCandidate> CandidateAsync(Func<CandidateBuilder, CandidateBuilder>? customize = null)
    {
        var connection = await DefaultConnectionAsync();
        var n = Next();
        var (first, last) = NameFor(n);
        var builder = new CandidateBuilder
        {
            CandidateId = $"LI-{n:000000}",
            FirstName = first,
            LastName = last,
            Email = EmailFor(first, last, n),
            Phone = PhoneFor(n),
        };
        return await InsertAsync((customize?.Invoke(builder) ?? builder).Build(connection.Id, Today, time.GetUtcNow()));
    }

    /// <summary>A complete, valid request to hire <paramref name="candidate"/> as an employee of the default legal entity.</summary>
    public static HireNewWorker HireRequestFor(ExportedCandidate candidate) => new()
    {
        CandidateId = candidate.Id,
        Revision = candidate.Revision,
        FirstName = candidate.FirstName,
        MiddleName = candidate.MiddleName,
        LastName = candidate.LastName,
        Email = candidate.Email,
        Phone = candidate.Phone,
        StartDate = candidate.StartDate,
        LegalEntityId = candidate.LegalEntityId ?? DefaultLegalEntityId,
        WorkerType = WorkerType.Employee,
    };

    /// <summary>How Core shows the time of an earlier decision in a conflict message when no person's zone is known: UTC, said so.</summary>
    public static string AsShown(DateTimeOffset at) => at.UtcDateTime.ToString("g", CultureInfo.CurrentCulture) + " UTC";

    /// <summary>A valid US number no other default person in this database has, e.g. <c>+14252000007</c>.</summary>
    public static string PhoneFor(int n) => "+1425200" + n.ToString("0000", CultureInfo.InvariantCulture);

    private static (string First, string Last) NameFor(int n) => (FirstNames[n % FirstNames.Length], LastNames[n % LastNames.Length]);

    private static string EmailFor(string first, string last, int n) => $"{first}.{last}.{n}@example.com".ToLowerInvariant();

    private async Task<T> InsertAsync<T>(T entity)
        where T : class
    {
        await AddAsync(entity);
        return entity;
    }

    private int Next() => Interlocked.Increment(ref counter);
}
