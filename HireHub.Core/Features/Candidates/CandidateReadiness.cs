using System.Linq.Expressions;
using HireHub.Core.Common;
using HireHub.Core.Domain;
using Microsoft.EntityFrameworkCore;

namespace HireHub.Core.Features.Candidates;

/// <summary>Data a hire needs that the candidate's export lacks, shown in the panel before anyone clicks Hire.</summary>
[Flags]
public enum MissingHireData
{
    None = 0,
    Email = 1,
    Phone = 2,
    InvalidPhone = 4,
    StartDate = 8,
    StartDateInPast = 16,

    /// <summary>An address that breaks <see cref="EmailAddresses"/>' rule, e.g. one stored before the rule was one.</summary>
    InvalidEmail = 32,
}

public static class CandidateReadiness
{
    public static MissingHireData Check(string? email, string? phone, string? phoneRegion, DateOnly? startDate, DateOnly today)
    {
        var missing = MissingHireData.None;
        if (string.IsNullOrWhiteSpace(email))
        {
            missing |= MissingHireData.Email;
        }
        else if (!EmailAddresses.IsValid(email))
        {
            missing |= MissingHireData.InvalidEmail;
        }

        if (string.IsNullOrWhiteSpace(phone))
        {
            missing |= MissingHireData.Phone;
        }
        else if (!PhoneNumberFormat.TryNormalize(phone, phoneRegion, out _))
        {
            missing |= MissingHireData.InvalidPhone;
        }

        if (startDate is null)
        {
            missing |= MissingHireData.StartDate;
        }
        else if (startDate < today)
        {
            missing |= MissingHireData.StartDateInPast;
        }

        return missing;
    }

    /// <summary>
    /// The rules of <see cref="Check"/> the database can apply itself, for counting and filtering candidates who lack
    /// hire data without reading them: no email, no phone, no start date, or a start date before <paramref name="today"/>.
    /// The one rule it cannot apply is whether a phone number is valid: that takes libphonenumber (see
    /// <see cref="UnreadablePhonesAsync"/>).
    /// </summary>
    public static Expression<Func<ExportedCandidate, bool>> LacksStoredData(DateOnly today) => c =>
        string.IsNullOrWhiteSpace(c.Email) || string.IsNullOrWhiteSpace(c.Phone) || c.StartDate == null || c.StartDate < today;

    /// <summary>
    /// Of <paramref name="candidates"/>, the ones <see cref="LacksStoredData"/> passes but whose phone number
    /// <see cref="Check"/> flags as invalid. Every writer stores a number as E.164 only after libphonenumber accepted it
    /// (exports through <c>NormalizedExport</c>), so only numbers stored another way (before normalisation, or national
    /// forms such as <c>(425) 555-0132</c>) can be unreadable: just those are read, and checked here with the
    /// connection's region as the panel checks them. A number stored with a leading <c>+</c> counts as checked.
    /// </summary>
    internal static async Task<List<Guid>> UnreadablePhonesAsync(IQueryable<ExportedCandidate> candidates, DateOnly today, CancellationToken ct)
    {
        var passes = Conditions.Not(LacksStoredData(today));
        var unreadable = new List<Guid>();
        await foreach (var c in candidates.Where(passes).Where(c => !c.Phone!.StartsWith("+"))
            .Select(c => new { c.Id, c.Phone, c.Connection!.DefaultPhoneRegion }).AsAsyncEnumerable().WithCancellation(ct))
        {
            if (!PhoneNumberFormat.TryNormalize(c.Phone, c.DefaultPhoneRegion, out _))
            {
                unreadable.Add(c.Id);
            }
        }

        return unreadable;
    }

    /// <summary>
    /// Every rule of <see cref="Check"/> as one condition the database applies: <see cref="LacksStoredData"/>, or one of
    /// <paramref name="unreadablePhones"/> (from <see cref="UnreadablePhonesAsync"/>). A candidate meets it exactly when
    /// the panel shows it with at least one missing-data flag. The ids go as one parameter (JSON the database reads as a
    /// table), not one parameter each: there may be thousands, and SQL Server takes at most 2,100 parameters.
    /// </summary>
    internal static Expression<Func<ExportedCandidate, bool>> LacksHireData(DateOnly today, IReadOnlyList<Guid> unreadablePhones) =>
        unreadablePhones.Count == 0 ? LacksStoredData(today) : Conditions.Or(LacksStoredData(today), c => EF.Parameter(unreadablePhones).Contains(c.Id));
}
