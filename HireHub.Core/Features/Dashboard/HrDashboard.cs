using HireHub.Core.Common;
using HireHub.Core.Data;
using HireHub.Core.Domain;
using HireHub.Core.Features.Candidates;
using HireHub.Core.Features.Workers;
using Microsoft.EntityFrameworkCore;

namespace HireHub.Core.Features.Dashboard;

/// <summary>A candidate still waiting whose start date is near; <see cref="FindBy"/> is what the panel's search finds them by.</summary>
public sealed record StartingCandidate(Guid Id, string Name, string? JobTitle, DateOnly StartDate, string FindBy);

/// <summary>Two counts per week, oldest week first.</summary>
public sealed record WeeklyCounts(Periods Weeks, IReadOnlyList<int> Received, IReadOnlyList<int> Hired);

/// <summary>The HR section of the Home page, as one HR person sees it (only their legal entities' candidates and starters).</summary>
public sealed record HrDashboard(
    DateOnly Today,
    int Waiting,
    int LackingHireData,
    int AgeingCount,
    IReadOnlyList<StartingCandidate> Ageing,
    int StarterCount,
    IReadOnlyList<NewStarter> Starters,
    WeeklyCounts Weeks);

/// <summary>
/// The HR figures of the Home page, each counted by the database with the conditions of the list it links to: the
/// Candidates to hire panel's (<see cref="CandidateQueries"/>, with <see cref="CandidateListFilter"/>), Starting soon's
/// (<see cref="WorkerQueries"/>) and the Exports list's. One short-lived context per call; nothing is read to be counted.
/// </summary>
public sealed class HrDashboardQueries(IDbContextFactory<HireHubDbContext> dbFactory, TimeProvider time)
{
    /// <summary>A waiting candidate starting this many days from today or sooner (not in the past) raises the ageing alert.</summary>
    public const int AgeingAlertDays = 7;

    public const int WeekCount = 12;

    /// <summary>The most candidates or starters a list on the Home page names; its figure counts them all.</summary>
    public const int ListedAtMost = 8;

    public static CandidateListFilter AgeingAlert { get; } = new(StartingWithinDays: AgeingAlertDays);

    public static CandidateListFilter LackingHireData { get; } = new(LacksHireData: true);

    /// <summary>The figures <paramref name="personId"/> sees, with weeks in their time zone (<paramref name="person"/>).</summary>
    public async Task<HrDashboard> LoadAsync(string? personId, PersonTime person, CancellationToken ct = default)
    {
        await using var db = await dbFactory.CreateDbContextAsync(ct);
        var today = time.Today();
        var worksFor = await CandidateQueries.WorksForAsync(db, personId, ct);

        var waiting = await CandidateQueries.Waiting(db, worksFor).CountAsync(ct);
        // The panel's missing-data filter, counted in two parts that never overlap: what SQL can tell from the stored
        // values (an index-only count), and the phone numbers only libphonenumber can judge (CandidateReadiness), read
        // only where a number is not stored as E.164.
        var lacking = await CandidateQueries.Waiting(db, worksFor, CandidateReadiness.LacksStoredData(today)).CountAsync(ct)
            + (await CandidateReadiness.UnreadablePhonesAsync(CandidateQueries.Waiting(db, worksFor), today, ct)).Count;

        var ageing = CandidateQueries.Waiting(db, worksFor, await CandidateQueries.NarrowingAsync(db, worksFor, AgeingAlert, today, ct));
        var ageingCount = await ageing.CountAsync(ct);
        var ageingRows = await ageing.OrderBy(c => c.StartDate).ThenBy(c => c.LastName).ThenBy(c => c.Id)
            .Take(ListedAtMost)
            .Select(c => new { c.Id, c.FirstName, c.MiddleName, c.LastName, c.JobTitle, c.StartDate, c.Email })
            .ToListAsync(ct);

        var starting = WorkerQueries.StartingSoon(db, today, worksFor);
        var starterCount = await starting.CountAsync(ct);
        var starters = await WorkerQueries.ProjectStarters(starting, ListedAtMost, ct);

        var weeks = Periods.Weeks(time.GetUtcNow(), WeekCount, person);
        var received = await PeriodCounts.CountAsync(ReceivedBy(db, worksFor), c => c.ReceivedAt, weeks, ct);
        var hires = CandidateQueries.SeenBy(db.ExportedCandidates.AsNoTracking().Where(c => c.Status == CandidateStatus.Hired), worksFor);
        var hired = await PeriodCounts.CountAsync(hires, c => c.ActedAt, weeks, ct);

        return new HrDashboard(
            today,
            waiting,
            lacking,
            ageingCount,
            ageingRows.Select(c => new StartingCandidate(c.Id, FullName.Of(c.FirstName, c.MiddleName, c.LastName), c.JobTitle, c.StartDate!.Value, FindBy(c.Email, c.FirstName, c.LastName))).ToList(),
            starterCount,
            starters,
            new WeeklyCounts(weeks, received, hired));
    }

    // Candidates by receipt, each week a range of the (ReceivedAt, LegalEntityId) index. For a person of some legal
    // entities the condition is written so that no index can take it (COALESCE): given an OR of equalities on the legal
    // entity, SQLite (which keeps no statistics here) would rather walk each legal entity's candidates and look every one
    // up for its receipt time than range over receipt times reading the legal entity from the same index entry.
    private static IQueryable<ExportedCandidate> ReceivedBy(HireHubDbContext db, IReadOnlyList<string> worksFor)
    {
        var candidates = db.ExportedCandidates.AsNoTracking();
        if (worksFor.Count == 0)
        {
            return candidates;
        }

        // Not yet routed reads as "", so one IN holds both "not routed" and the person's legal entities.
        string[] seen = ["", .. worksFor];
        return candidates.Where(c => seen.Contains(c.LegalEntityId ?? ""));
    }

    // The panel's search matches the start of an email, or a first name and the start of the last name: the email
    // finds one candidate; without one, the name finds them among few.
    private static string FindBy(string? email, string firstName, string lastName) =>
        !string.IsNullOrWhiteSpace(email) ? email
        : firstName.Contains(' ', StringComparison.Ordinal) ? lastName
        : $"{firstName} {lastName}";
}
