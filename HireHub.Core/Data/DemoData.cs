using HireHub.Core.Common;
using HireHub.Core.Domain;

namespace HireHub.Core.Data;

/// <summary>A small, believable workspace for Development: a newcomer can hire at once.</summary>
internal static class DemoData
{
    private static readonly (string Number, string Title, string Department, string LegalEntity)[] PositionRows =
    [
        ("000101", "Software Engineer", "Engineering", "USMF"),
        ("000102", "Software Engineer", "Engineering", "USMF"),
        ("000103", "Senior Software Engineer", "Engineering", "USMF"),
        ("000104", "Product Manager", "Product", "USMF"),
        ("000105", "UX Designer", "Product", "USMF"),
        ("000106", "HR Generalist", "Human Resources", "USMF"),
        ("000107", "Recruiter", "Human Resources", "USMF"),
        ("000108", "Sales Representative", "Sales", "USMF"),
        ("000109", "Account Manager", "Sales", "USMF"),
        ("000110", "Financial Analyst", "Finance", "USMF"),
        ("000111", "Store Manager", "Retail", "USRT"),
        ("000112", "Sales Associate", "Retail", "USRT"),
        ("000113", "Sales Associate", "Retail", "USRT"),
        ("000114", "Warehouse Lead", "Logistics", "USRT"),
        ("000115", "Buyer", "Purchasing", "USRT"),
        ("000116", "Software Engineer", "Engineering", "DEMF"),
        ("000117", "Marketing Specialist", "Marketing", "DEMF"),
        ("000118", "Controller", "Finance", "DEMF"),
        ("000119", "Customer Service Agent", "Service", "GBSI"),
        ("000120", "Operations Manager", "Operations", "GBSI"),
    ];

    private static readonly (string First, string Last, string Email, string Phone, string LegalEntity, string? Position, WorkerType Type)[] WorkerRows =
    [
        ("Julia", "Funderburk", "julia.funderburk@contoso.com", "+14255550101", "USMF", "000104", WorkerType.Employee),
        ("Charlie", "Carson", "charlie.carson@contoso.com", "+14255550102", "USMF", "000106", WorkerType.Employee),
        ("Jodi", "Christiansen", "jodi.christiansen@contoso.com", "+14255550103", "USMF", "000110", WorkerType.Employee),
        ("Ahmed", "Barnett", "ahmed.barnett@contoso.com", "+14255550104", "USRT", "000111", WorkerType.Employee),
        ("Ellen", "Gasca", "ellen.gasca@contoso.com", "+14255550105", "USRT", "000114", WorkerType.Employee),
        ("Jonas", "Weber", "jonas.weber@contoso.com", "+4930555010", "DEMF", "000118", WorkerType.Employee),
        ("Amy", "Alberts", "amy.alberts@contoso.com", "+442079460106", "GBSI", "000120", WorkerType.Employee),
        ("Tony", "Krijnen", "tony.krijnen@fabrikam.com", "+14255550108", "USMF", null, WorkerType.Contractor),
    ];

    // Riya Patel, the demo recruiter, hired four of them, and Kenji starts within a week: her Home page and HR's
    // ageing alert have something to show.
    private static readonly (string First, string? Middle, string Last, string? Email, string? Phone, int? StartInDays, string Title, string Location, string Recruiter)[] CandidateRows =
    [
        ("Adrian", null, "Dumitrascu", "adrian.dumitrascu@example.com", "+14255550131", 21, "Software Engineer", "Redmond, WA", "Lisa Taylor"),
        ("Bianca", "M.", "Lopes", "bianca.lopes@example.com", "(425) 555-0132", 28, "Software Engineer", "Redmond, WA", "Lisa Taylor"),
        ("Chen", null, "Wu", "chen.wu@example.com", "+14255550133", 14, "Senior Software Engineer", "Seattle, WA", "Lisa Taylor"),
        ("Dana", null, "Birkby", "dana.birkby@example.com", "+14255550134", 35, "UX Designer", "Redmond, WA", "Mark Hanson"),
        ("Emil", null, "Rasmussen", "emil.rasmussen@example.com", "+14255550135", 30, "Recruiter", "Redmond, WA", "Mark Hanson"),
        ("Fatima", null, "Zahra", "fatima.zahra@example.com", null, 25, "Sales Representative", "Chicago, IL", "Mark Hanson"),
        ("Gabriel", null, "Silva", "gabriel.silva@example.com", "+14255550137", -3, "Account Manager", "Chicago, IL", "Lisa Taylor"),
        ("Hannah", null, "Schmidt", "hannah.schmidt@example.com", "+4930555011", 42, "Software Engineer", "Berlin", "Petra Vogel"),
        ("Ivan", null, "Petrov", "ivan.petrov@example.com", "+4930555012", 40, "Marketing Specialist", "Berlin", "Petra Vogel"),
        ("Jasmine", null, "Kaur", "jasmine.kaur@example.com", "+442079460113", 18, "Customer Service Agent", "London", "Riya Patel"),
        ("Kenji", null, "Tanaka", "kenji.tanaka@example.com", "+14255550140", 5, "Sales Associate", "Dallas, TX", "Riya Patel"),
        ("Laura", null, "Rossi", "laura.rossi@example.com", "+14255550141", 12, "Sales Associate", "Dallas, TX", "Riya Patel"),
        ("Mateo", null, "Garcia", "mateo.garcia@example.com", "+14255550142", 16, "Buyer", "Dallas, TX", "Mark Hanson"),
        ("Nadia", null, "Haddad", null, "+14255550143", 22, "Financial Analyst", "Redmond, WA", "Lisa Taylor"),
        ("Oscar", null, "Lindqvist", "oscar.lindqvist@example.com", "425.555.0144", 26, "Product Manager", "Redmond, WA", "Lisa Taylor"),
        ("Priya", null, "Sharma", "priya.sharma@example.com", "+14255550145", 31, "Software Engineer", "Redmond, WA", "Lisa Taylor"),
        ("Quentin", null, "Moreau", "quentin.moreau@example.com", "+14255550146", null, "HR Generalist", "Redmond, WA", "Mark Hanson"),
        ("Rosa", null, "Jimenez", "rosa.jimenez@example.com", "+14255550147", 19, "Store Manager", "Dallas, TX", "Mark Hanson"),
        ("Samuel", null, "Okafor", "samuel.okafor@example.com", "+442079460148", 24, "Operations Manager", "London", "Riya Patel"),
        ("Tess", null, "Novak", "tess.novak@example.com", "+4930555019", 33, "Controller", "Berlin", "Petra Vogel"),
        ("Umar", null, "Farouk", "umar.farouk@example.com", "+14255550150", 27, "Warehouse Lead", "Dallas, TX", "Mark Hanson"),
        ("Valerie", null, "Dubois", "valerie.dubois@example.com", "+14255550151", 45, "Senior Software Engineer", "Seattle, WA", "Lisa Taylor"),
        ("William", null, "Brown", "william.brown@example.com", "+14255550152", 38, "Sales Representative", "Chicago, IL", "Mark Hanson"),
        ("Yara", null, "Nasser", "yara.nasser@example.com", "+14255550153", 20, "UX Designer", "Redmond, WA", "Lisa Taylor"),
        // Tony Krijnen worked here as a contractor: the Hire dialog offers to rehire him.
        ("Tony", null, "Krijnen", "tony.krijnen@fabrikam.com", "+14255550108", 29, "Software Engineer", "Redmond, WA", "Lisa Taylor"),
    ];

    public static async Task SeedAsync(HireHubDbContext db, TimeProvider time, CancellationToken ct)
    {
        var now = time.GetUtcNow();
        var today = time.Today();
        db.LegalEntities.AddRange(
            new LegalEntity { Id = "USMF", Name = "Contoso Entertainment System USA", CountryRegion = "US" },
            new LegalEntity { Id = "USRT", Name = "Contoso Retail USA", CountryRegion = "US" },
            new LegalEntity { Id = "DEMF", Name = "Contoso Entertainment System Germany", CountryRegion = "DE" },
            new LegalEntity { Id = "GBSI", Name = "Contoso Europe", CountryRegion = "GB" });

        var positions = PositionRows.ToDictionary(
            p => p.Number,
            p => new Position { PositionNumber = p.Number, Title = p.Title, Department = p.Department, LegalEntityId = p.LegalEntity });
        db.Positions.AddRange(positions.Values);

        var number = 1;
        foreach (var w in WorkerRows)
        {
            var worker = new Worker
            {
                PersonnelNumber = number.ToString("000000", System.Globalization.CultureInfo.InvariantCulture),
                FirstName = w.First,
                LastName = w.Last,
                Email = w.Email,
                Phone = StoredPhone(w.Phone, PhoneNumberFormat.DefaultRegion),
                WorkerType = w.Type,
                CreatedAt = now.AddDays(-400 + number),
            };
            var start = today.AddDays(-365 + (number * 20));
            var employment = new Employment
            {
                WorkerId = worker.Id,
                LegalEntityId = w.LegalEntity,
                StartDate = start,
                // The contractor's engagement has ended, so he can be rehired.
                EndDate = w.Type == WorkerType.Contractor ? today.AddDays(-30) : null,
                CreatedAt = worker.CreatedAt,
            };
            db.Workers.Add(worker);
            db.Employments.Add(employment);
            if (w.Position is { } positionNumber)
            {
                db.PositionAssignments.Add(new PositionAssignment { PositionId = positions[positionNumber].Id, WorkerId = worker.Id, StartDate = start });
            }

            number++;
        }

        // One worker starting next week, so Starting soon has something to show.
        var starter = new Worker { PersonnelNumber = number.ToString("000000", System.Globalization.CultureInfo.InvariantCulture), FirstName = "Kevin", LastName = "Liu", Email = "kevin.liu@contoso.com", Phone = "+14255550109", WorkerType = WorkerType.Employee, CreatedAt = now.AddDays(-5) };
        db.Workers.Add(starter);
        var starterEmployment = db.Employments.Add(new Employment { WorkerId = starter.Id, LegalEntityId = "USMF", StartDate = today.AddDays(7), CreatedAt = starter.CreatedAt }).Entity;
        db.PositionAssignments.Add(new PositionAssignment { PositionId = positions["000109"].Id, WorkerId = starter.Id, StartDate = today.AddDays(7) });
        number++;
        DemoOnboarding.Seed(db, now, today, starterEmployment);

        var sequence = db.NumberSequences.Local.SingleOrDefault(s => s.Code == NumberSequence.PersonnelNumbers)
            ?? db.NumberSequences.Single(s => s.Code == NumberSequence.PersonnelNumbers);
        sequence.NextValue = number;

        // The reference data created the connection; demo candidates arrive through it, routed to USMF by default.
        var linkedIn = db.AtsConnections.Local.SingleOrDefault(c => c.Name == ReferenceData.LinkedInConnectionName)
            ?? db.AtsConnections.Single(c => c.Name == ReferenceData.LinkedInConnectionName);
        linkedIn.DefaultLegalEntityId = "USMF";

        var minutes = 0;
        foreach (var c in CandidateRows)
        {
            minutes += 37;
            var received = now.AddMinutes(-minutes * 11);
            db.ExportedCandidates.Add(new ExportedCandidate
            {
                ConnectionId = linkedIn.Id,
                CandidateId = $"LI-{100200 + minutes}",
                FirstName = c.First,
                MiddleName = c.Middle,
                LastName = c.Last,
                Email = c.Email,
                Phone = StoredPhone(c.Phone, linkedIn.DefaultPhoneRegion),
                StartDate = c.StartInDays is { } days ? today.AddDays(days) : null,
                JobTitle = c.Title,
                Location = c.Location,
                HrisProvider = "HireHub",
                RecruiterName = c.Recruiter,
                RecruiterEmail = c.Recruiter.Replace(' ', '.').ToLowerInvariant() + "@contoso.com",
                LegalEntityId = c.Location switch { "Berlin" => "DEMF", "London" => "GBSI", "Dallas, TX" => "USRT", _ => "USMF" },
                ReceivedAt = received,
                UpdatedAt = received,
            });
        }

        // Two calls HireHub refused lately, for the integration log and the Home page's refusal figures.
        db.IntegrationLog.AddRange(
            new IntegrationLogEntry { OccurredAt = now.AddDays(-4), Caller = "anonymous", StatusCode = 401, Reason = "The request has no bearer token." },
            new IntegrationLogEntry
            {
                OccurredAt = now.AddDays(-1).AddHours(-3),
                Caller = linkedIn.ClientId.ToString(),
                StatusCode = 400,
                Reason = "The export is not valid: startDate must be a date written as YYYY-MM-DD.",
                CandidateId = "LI-100977",
            });

        await db.SaveChangesAsync(ct);
    }

    // Demo rows are written as recruiters type them; they are stored as the API stores an export (E.164, read with the
    // connection's region), and a row the API would refuse stops the seed rather than slip in raw.
    private static string? StoredPhone(string? typed, string region) =>
        typed is null ? null : PhoneNumberFormat.NormalizeOrNull(typed, region)
            ?? throw new InvalidOperationException($"The demo phone number '{typed}' is not valid in region {region}; the API would refuse it.");
}
