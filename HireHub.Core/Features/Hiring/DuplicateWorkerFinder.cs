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

        // SQLite compares text case-sensitively where SQL Server's usual collation does not; lower-casing both
        // sides lets "tony krijnen" from an applicant tracking system find Tony Krijnen on either provider.
        var firstLower = first.ToLowerInvariant();
        var lastLower = last.ToLowerInvariant();
        var matches = await db.Workers
            .Where(w => (normalizedEmail != null && w.Email == normalizedEmail)
                || (normalizedPhone != null && w.Phone == normalizedPhone)
                || (w.FirstName.ToLower() == firstLower && w.LastName.ToLower() == lastLower))
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
