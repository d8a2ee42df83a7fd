using System.Globalization;
using HireHub.Core.Common;
using HireHub.Core.Data;
using HireHub.Core.Domain;
using Microsoft.EntityFrameworkCore;

namespace HireHub.Benchmarks.Hosting;

/// <summary>A candidate kept apart for P4: nobody among the workers shares its name, email or phone.</summary>
internal sealed record HireReadyCandidate(Guid Id, string FirstName, string LastName, string Email, string Phone, Guid PositionId, int Revision);

/// <summary>What the data builder made, for the measurements to use.</summary>
internal sealed record BenchDataset(string SearchTerm, IReadOnlyList<HireReadyCandidate> HireReady);

/// <summary>
/// Enterprise-sized data, made fresh each run and deterministic (fixed seed): candidates waiting to be hired with
/// already-decided ones in between, workers with their employments, and vacant positions for P4's hires.
/// Written through the app's own DbContext, so every value has the shape the app writes.
/// </summary>
internal static class BenchData
{
    public const string SearchTerm = "Kowalski";

    public static readonly string[] FirstNames =
    [
        "Aisha", "Alejandro", "Amelia", "Anders", "Ananya", "Beatriz", "Benjamin", "Camille", "Carlos", "Chloe", "Daniel", "Daria",
        "David", "Elena", "Emma", "Ethan", "Farah", "Felix", "Gabriela", "George", "Hana", "Hiroshi", "Ines", "Isaac", "Jakob",
        "James", "Julia", "Kavya", "Kenji", "Lars", "Laura", "Leila", "Liam", "Lucia", "Marco", "Maria", "Mateus", "Maya", "Mei",
        "Mohammed", "Nadia", "Noah", "Nora", "Olivia", "Omar", "Oscar", "Paula", "Pedro", "Priya", "Rafael", "Rania", "Rosa",
        "Samuel", "Sara", "Sofia", "Tariq", "Thomas", "Valentina", "Victor", "William", "Xin", "Yusuf", "Zara", "Zoe",
    ];

    public static readonly string[] LastNames =
    [
        "Abbott", "Adeyemi", "Almeida", "Andersen", "Bauer", "Becker", "Bianchi", "Brown", "Castro", "Chen", "Costa", "Dubois",
        "Dumont", "Eriksson", "Fischer", "Fontaine", "Garcia", "Gomez", "Gonzalez", "Gupta", "Haddad", "Hansen", "Hoffmann",
        "Horvat", "Ibrahim", "Ivanova", "Jansen", "Jensen", "Johnson", "Kaur", "Khan", "Kim", "Kowalski", "Kumar", "Larsen",
        "Laurent", "Lee", "Lindgren", "Lopez", "Martin", "Martinez", "Meyer", "Mohamed", "Moreau", "Muller", "Nakamura", "Nguyen",
        "Nielsen", "Novak", "Nowak", "Okafor", "Olsen", "Ortiz", "Papadopoulos", "Park", "Patel", "Perez", "Petrov", "Popescu",
        "Quinn", "Ramirez", "Rao", "Reyes", "Richter", "Rossi", "Russo", "Sanchez", "Santos", "Sato", "Schmidt", "Schneider",
        "Silva", "Singh", "Smith", "Sousa", "Suzuki", "Svensson", "Tanaka", "Taylor", "Thomas", "Torres", "Tran", "Varga",
        "Vasquez", "Wagner", "Walker", "Wang", "Weber", "Williams", "Wilson", "Wong", "Wu", "Yamamoto", "Yilmaz", "Zhang", "Zimmermann",
    ];

    public static readonly string[] JobTitles =
    [
        "Software Engineer", "Senior Software Engineer", "Product Manager", "UX Designer", "Data Analyst", "HR Generalist",
        "Recruiter", "Sales Representative", "Account Manager", "Financial Analyst", "Store Manager", "Sales Associate",
        "Warehouse Lead", "Buyer", "Marketing Specialist", "Controller", "Customer Service Agent", "Operations Manager",
        "Site Reliability Engineer", "Nurse Practitioner",
    ];

    public static readonly string[] Locations =
    [
        "Redmond, WA", "Seattle, WA", "Chicago, IL", "Dallas, TX", "New York, NY", "Austin, TX", "Berlin", "Munich", "London",
        "Manchester", "Amsterdam", "Remote",
    ];

    private static readonly string[] LegalEntities = ["USMF", "USRT", "DEMF", "GBSI"];

    public static async Task<BenchDataset> BuildAsync(IDbContextFactory<HireHubDbContext> dbFactory, BenchOptions options, TimeProvider time, CancellationToken ct)
    {
        var random = new Random(6);
        var now = time.GetUtcNow();
        var today = time.Today();

        Guid[] connections;
        await using (var db = await dbFactory.CreateDbContextAsync(ct))
        {
            var greenhouse = new AtsConnection { Name = "Greenhouse", Provider = "GenericAts", Status = ConnectionStatus.Linked, DefaultLegalEntityId = "USMF", DefaultPhoneRegion = "US" };
            db.AtsConnections.Add(greenhouse);
            await db.SaveChangesAsync(ct);
            connections = await db.AtsConnections.Select(c => c.Id).OrderBy(id => id).ToArrayAsync(ct);
        }

        var positions = Enumerable.Range(1, options.HireCandidates)
            .Select(n => new Position { PositionNumber = $"BP{n:D6}", Title = "Benchmark Associate", Department = "Operations", LegalEntityId = "USMF" })
            .ToList();
        await InsertAsync(dbFactory, positions, ct);

        var hireReady = new List<HireReadyCandidate>();
        var candidates = Candidates(options, random, now, today, connections, positions, hireReady);
        if (options.Scale is null)
        {
            await InsertAsync(dbFactory, candidates, ct);
        }
        else
        {
            await InsertWithoutIndexesAsync(dbFactory, candidates, ct);
        }

        await InsertWorkersAsync(dbFactory, options, random, now, today, ct);

        await using (var db = await dbFactory.CreateDbContextAsync(ct))
        {
            // A clean start for the timed runs: the bulk load's WAL folded into the database file.
            await db.Database.ExecuteSqlRawAsync("PRAGMA wal_checkpoint(TRUNCATE);", ct);
        }

        return new BenchDataset(SearchTerm, hireReady);
    }

    private static IEnumerable<ExportedCandidate> Candidates(
        BenchOptions options, Random random, DateTimeOffset now, DateOnly today, Guid[] connections, List<Position> positions, List<HireReadyCandidate> hireReady)
    {
        // One decided candidate after every ten waiting ones: the panel's filter on status has something to skip.
        var waiting = 0;
        for (var row = 0; waiting < options.Candidates; row++)
        {
            var decided = row % 11 == 10;
            var hireSlot = decided ? -1 : waiting - (options.Candidates - options.HireCandidates);
            var first = FirstNames[random.Next(FirstNames.Length)];
            var last = hireSlot >= 0
                ? $"{LastNames[hireSlot % LastNames.Length]}-{LastNames[hireSlot / LastNames.Length % LastNames.Length]}"
                : LastNames[random.Next(LastNames.Length)];
            var email = hireSlot >= 0 ? $"{first}.{last}.{hireSlot}@example.org".ToLowerInvariant() : $"{first}.{last}{row}@example.com".ToLowerInvariant();
            var phone = hireSlot >= 0 ? $"+1206{3_000_000 + hireSlot}" : ExportedPhone(random, row);
            var received = now.AddSeconds(-26.0 * row);
            var candidate = new ExportedCandidate
            {
                ConnectionId = connections[row % connections.Length],
                CandidateId = $"BENCH-{row:D7}",
                FirstName = first,
                LastName = last,
                Email = hireSlot < 0 && random.Next(20) == 0 ? null : email,
                Phone = phone,
                StartDate = hireSlot >= 0 ? today.AddDays(30) : random.Next(10) == 0 ? null : today.AddDays(random.Next(-10, 90)),
                JobTitle = JobTitles[random.Next(JobTitles.Length)],
                Location = Locations[random.Next(Locations.Length)],
                HrisProvider = "HireHub",
                RecruiterName = "Lisa Taylor",
                RecruiterEmail = "lisa.taylor@contoso.com",
                LegalEntityId = LegalEntities[row % LegalEntities.Length],
                ReceivedAt = received,
                UpdatedAt = received,
                Revision = random.Next(8) == 0 ? 2 : 1,
                Status = decided ? (row % 2 == 0 ? CandidateStatus.NotHired : CandidateStatus.Dismissed) : CandidateStatus.NotProcessed,
                ReasonCode = decided ? "Withdrawn" : null,
                ActedBy = decided ? "Hanna Reyes" : null,
                ActedAt = decided ? received.AddDays(1) : null,
            };
            if (hireSlot >= 0)
            {
                if (!PhoneNumberFormat.TryNormalize(phone, null, out _))
                {
                    throw new InvalidOperationException($"The generated phone number {phone} is not valid; P4's hires would fail validation.");
                }

                hireReady.Add(new HireReadyCandidate(candidate.Id, first, last, email, phone!, positions[hireSlot].Id, candidate.Revision));
            }

            if (!decided)
            {
                waiting++;
            }

            yield return candidate;
        }
    }

    // As ATSs send them: mostly E.164, some national format, a few missing or unreadable (the panel flags those).
    private static string? ExportedPhone(Random random, int row) => random.Next(20) switch
    {
        0 => null,
        1 => "555-01",
        < 6 => $"(425) {200 + (row % 700):D3}-{row % 10_000:D4}",
        _ => $"+1425{2_000_000 + row}",
    };

    private static async Task InsertWorkersAsync(IDbContextFactory<HireHubDbContext> dbFactory, BenchOptions options, Random random, DateTimeOffset now, DateOnly today, CancellationToken ct)
    {
        NumberSequence sequence;
        await using (var db = await dbFactory.CreateDbContextAsync(ct))
        {
            sequence = await db.NumberSequences.AsNoTracking().SingleAsync(s => s.Code == NumberSequence.PersonnelNumbers, ct);
        }

        var workers = new List<Worker>(options.Workers);
        var employments = new List<Employment>(options.Workers);
        for (var n = 0; n < options.Workers; n++)
        {
            var first = FirstNames[random.Next(FirstNames.Length)];
            var last = LastNames[random.Next(LastNames.Length)];
            var daysAgo = random.Next(30, 3_650);
            var worker = new Worker
            {
                PersonnelNumber = sequence.Format(sequence.NextValue + n),
                FirstName = first,
                LastName = last,
                Email = $"{first}.{last}.{n}@contoso.com".ToLowerInvariant(),
                Phone = $"+1425{2_000_000 + n}",
                WorkerType = n % 10 == 0 ? WorkerType.Contractor : WorkerType.Employee,
                CreatedAt = now.AddDays(-daysAgo),
            };
            workers.Add(worker);
            employments.Add(new Employment
            {
                WorkerId = worker.Id,
                LegalEntityId = LegalEntities[n % LegalEntities.Length],
                StartDate = today.AddDays(-daysAgo),
                EndDate = n % 10 == 0 ? today.AddDays(-random.Next(1, 30)) : null,
                CreatedAt = worker.CreatedAt,
            });
        }

        await InsertAsync(dbFactory, workers, ct);
        await InsertAsync(dbFactory, employments, ct);

        await using (var db = await dbFactory.CreateDbContextAsync(ct))
        {
            await db.NumberSequences.Where(s => s.Code == NumberSequence.PersonnelNumbers)
                .ExecuteUpdateAsync(s => s.SetProperty(x => x.NextValue, sequence.NextValue + options.Workers), ct);
        }
    }

    private static async Task InsertAsync<T>(IDbContextFactory<HireHubDbContext> dbFactory, IEnumerable<T> rows, CancellationToken ct)
        where T : class
    {
        await using var db = await dbFactory.CreateDbContextAsync(ct);
        await BulkInsert.InsertAsync(db, rows, ct);
    }

    /// <summary>
    /// A <c>--scale</c> run's million candidates: inserted one by one into a table with twelve indexes, most of them
    /// in random order, the load took most of an hour here; so the indexes are dropped, the rows inserted and the
    /// indexes created again from the same statements, which sorts each once. Its indexes are therefore freshly
    /// built (full pages), where the full run's grew with the inserts as a live database's do.
    /// </summary>
    private static async Task InsertWithoutIndexesAsync(IDbContextFactory<HireHubDbContext> dbFactory, IEnumerable<ExportedCandidate> rows, CancellationToken ct)
    {
        var indexes = new List<(string Name, string Sql)>();
        await using (var db = await dbFactory.CreateDbContextAsync(ct))
        {
            var table = db.Model.FindEntityType(typeof(ExportedCandidate))!.GetTableName()!;
            var connection = db.Database.GetDbConnection();
            await db.Database.OpenConnectionAsync(ct);
            await using (var command = connection.CreateCommand())
            {
                command.CommandText = $"SELECT name, sql FROM sqlite_master WHERE type = 'index' AND sql IS NOT NULL AND tbl_name = '{table}'";
                await using var reader = await command.ExecuteReaderAsync(ct);
                while (await reader.ReadAsync(ct))
                {
                    indexes.Add((reader.GetString(0), reader.GetString(1)));
                }
            }

            foreach (var (name, _) in indexes)
            {
                await using var drop = connection.CreateCommand();
                drop.CommandText = $"DROP INDEX \"{name}\"";
                await drop.ExecuteNonQueryAsync(ct);
            }
        }

        await InsertAsync(dbFactory, rows, ct);
        await using (var db = await dbFactory.CreateDbContextAsync(ct))
        {
            // No ANALYZE: the app's database has no statistics, and its queries are planned for that.
            foreach (var (_, sql) in indexes)
            {
                await db.Database.ExecuteSqlRawAsync(sql, ct);
            }
        }
    }

    public static string Count(int value) => value.ToString("N0", CultureInfo.InvariantCulture);
}
