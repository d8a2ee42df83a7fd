using HireHub.Core.Common;

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
}
