using System.Globalization;
using HireHub.Core.Common;
using HireHub.Core.Domain;
using HireHub.Core.Features.Hiring;

namespace HireHub.Tests.Support;

/// <summary>
/// Inserts test data into one <see cref="TestDatabase"/>. Names, emails, phone numbers and numbers are unique
/// within the database unless a test sets them, so two defaults never look like the same person.
/// </summary>
public sealed class TestData(TestDatabase database)
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

    public async Task<LegalEntity> LegalEntityAsync(string id = DefaultLegalEntityId, string? name = null) =>
        await database.InsertAsync(new LegalEntity { Id = id, Name = name ?? $"Contoso {id}" });

    public async Task<AtsConnection> ConnectionAsync(string name = "Contoso Careers ATS", string defaultLegalEntityId = DefaultLegalEntityId, string phoneRegion = "US") =>
        await database.InsertAsync(new AtsConnection
        {
            Name = name,
            Provider = "GenericAts",
            Status = ConnectionStatus.Linked,
            DefaultLegalEntityId = defaultLegalEntityId,
            DefaultPhoneRegion = phoneRegion,
        });

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
                await using (var db = database.CreateDbContext())
                {
                    if (await db.LegalEntities.FindAsync([DefaultLegalEntityId], TestContext.Current.CancellationToken) is null)
                    {
                        await LegalEntityAsync();
                    }
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
        return await database.InsertAsync((customize?.Invoke(builder) ?? builder).Build());
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
        return await database.InsertAsync((customize?.Invoke(builder) ?? builder).Build(database.Today, database.Time.GetUtcNow()));
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
        return await database.InsertAsync((customize?.Invoke(builder) ?? builder).Build(connection.Id, database.Today, database.Time.GetUtcNow()));
    }

    /// <summary>A complete, valid request to hire <paramref name="candidate"/> as an employee of the default legal entity.</summary>
    public static HireNewWorker HireRequestFor(ExportedCandidate candidate) => new()
    {
        CandidateId = candidate.Id,
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

    private int Next() => Interlocked.Increment(ref counter);
}
