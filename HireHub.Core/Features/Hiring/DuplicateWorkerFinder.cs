using HireHub.Core.Common;
using HireHub.Core.Data;
using Microsoft.EntityFrameworkCore;

namespace HireHub.Core.Features.Hiring;

/// <summary>Finds workers who may be the person being hired: same email, same phone, or same first and last name.</summary>
internal static class DuplicateWorkerFinder
{
    public static async Task<IReadOnlyList<DuplicateWorker>> FindAsync(
        HireHubDbContext db, string firstName, string lastName, string? email, string? phone, DateOnly today, CancellationToken ct)
    {
        var normalizedEmail = string.IsNullOrWhiteSpace(email) ? null : email.Trim().ToLowerInvariant();
        var normalizedPhone = PhoneNumberFormat.NormalizeOrNull(phone);
        var first = firstName.Trim();
        var last = lastName.Trim();

        // "tony krijnen" from an applicant tracking system must find Tony Krijnen: the name columns compare without
        // case on both providers (SQL Server's usual collation, NOCASE on SQLite), so a plain comparison does it and
        // the (LastName, FirstName) index serves it; lower(...) on the columns would read every worker.
        var matches = await db.Workers
            .Where(w => (normalizedEmail != null && w.Email == normalizedEmail)
                || (normalizedPhone != null && w.Phone == normalizedPhone)
                || (w.FirstName == first && w.LastName == last))
            .OrderBy(w => w.PersonnelNumber)
            .Take(20)
            .Select(w => new
            {
                w.Id,
                w.PersonnelNumber,
                w.FirstName,
                w.MiddleName,
                w.LastName,
                w.Email,
                w.Phone,
                Employed = w.Employments.Any(e => e.EndDate == null || e.EndDate >= today),
            })
            .ToListAsync(ct);

        return matches.Select(w => new DuplicateWorker(
                w.Id,
                w.PersonnelNumber,
                FullName.Of(w.FirstName, w.MiddleName, w.LastName),
                w.Email,
                w.Phone,
                (normalizedEmail is not null && w.Email == normalizedEmail ? DuplicateMatch.Email : DuplicateMatch.None)
                    | (normalizedPhone is not null && w.Phone == normalizedPhone ? DuplicateMatch.Phone : DuplicateMatch.None)
                    | (string.Equals(w.FirstName, first, StringComparison.OrdinalIgnoreCase) && string.Equals(w.LastName, last, StringComparison.OrdinalIgnoreCase) ? DuplicateMatch.Name : DuplicateMatch.None),
                w.Employed))
            .ToList();
    }
}
