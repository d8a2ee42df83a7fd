using System.Globalization;
using FluentValidation;
using HireHub.Core.Common;
using HireHub.Core.Domain;
using Microsoft.Extensions.Localization;

namespace HireHub.Core.Features.Exports;

/// <summary>
/// The rules for an export, whichever way it arrives (API, form, CSV). A phone number without a country code
/// is read in the connection's default region: pass it with <see cref="ContextFor"/>.
/// </summary>
public sealed class ExportCandidateValidator : AbstractValidator<ExportCandidate>
{
    public const string PhoneRegionKey = "PhoneRegion";
    public const string DateFormat = "yyyy-MM-dd";
    public const int MaxYearsAway = 2;

    public ExportCandidateValidator(IStringLocalizer<CoreText> text, TimeProvider time)
    {
        RuleFor(r => r.CandidateId).NotEmpty().WithText(text, "CandidateIdRequired")
            .MaximumLength(CandidateFields.CandidateIdMaxLength).WithText(text, "TooLong", CandidateFields.CandidateIdMaxLength);
        RuleFor(r => r.FirstName).NotEmpty().WithText(text, "FirstNameRequired")
            .MaximumLength(PersonName.MaxLength).WithText(text, "TooLong", PersonName.MaxLength);
        RuleFor(r => r.MiddleName).MaximumLength(PersonName.MaxLength).WithText(text, "TooLong", PersonName.MaxLength);
        RuleFor(r => r.LastName).NotEmpty().WithText(text, "LastNameRequired")
            .MaximumLength(PersonName.MaxLength).WithText(text, "TooLong", PersonName.MaxLength);

        RuleFor(r => r.Email).NotEmpty().WithText(text, "EmailRequired");
        RuleFor(r => r.Email).Rule(text);
        RuleFor(r => r.Phone)
            .MaximumLength(ContactDetails.PhoneMaxLength).WithText(text, "TooLong", ContactDetails.PhoneMaxLength)
            .Must((_, phone, context) => PhoneNumberFormat.TryNormalize(phone, PhoneRegion(context), out var _)).WithText(text, "PhoneInvalid")
            .When(r => !string.IsNullOrWhiteSpace(r.Phone));

        RuleFor(r => r.StartDate).Cascade(CascadeMode.Stop).NotEmpty().WithText(text, "StartDateRequired")
            .Must(date => TryParseDate(date, out _)).WithText(text, "StartDateFormat")
            .Must(date => IsWithinReach(date, time.Today())).WithText(text, "StartDateTooFar", MaxYearsAway);

        RuleFor(r => r.JobTitle).MaximumLength(CandidateFields.TextMaxLength).WithText(text, "TooLong", CandidateFields.TextMaxLength);
        RuleFor(r => r.Location).MaximumLength(CandidateFields.TextMaxLength).WithText(text, "TooLong", CandidateFields.TextMaxLength);
        RuleFor(r => r.HrisProvider).MaximumLength(CandidateFields.TextMaxLength).WithText(text, "TooLong", CandidateFields.TextMaxLength);
        RuleFor(r => r.Recruiter!.Name).MaximumLength(CandidateFields.TextMaxLength).WithText(text, "TooLong", CandidateFields.TextMaxLength)
            .When(r => r.Recruiter is not null);
        RuleFor(r => r.Recruiter!.Email).Rule(text).When(r => r.Recruiter is not null);

        // One line of readable text in every field: see PlainText.
        RuleFor(r => r.CandidateId).Plain(text);
        RuleFor(r => r.FirstName).Plain(text);
        RuleFor(r => r.MiddleName).Plain(text);
        RuleFor(r => r.LastName).Plain(text);
        RuleFor(r => r.Email).Plain(text);
        RuleFor(r => r.Phone).Plain(text);
        RuleFor(r => r.StartDate).Plain(text);
        RuleFor(r => r.JobTitle).Plain(text);
        RuleFor(r => r.Location).Plain(text);
        RuleFor(r => r.HrisProvider).Plain(text);
        RuleFor(r => r.Recruiter!.Name).Plain(text).When(r => r.Recruiter is not null);
        RuleFor(r => r.Recruiter!.Email).Plain(text).When(r => r.Recruiter is not null);
    }

    /// <summary>A validation context that reads phone numbers in <paramref name="phoneRegion"/>, optionally for one property (a form field).</summary>
    public static ValidationContext<ExportCandidate> ContextFor(ExportCandidate request, string? phoneRegion, string? propertyName = null)
    {
        var context = propertyName is null
            ? new ValidationContext<ExportCandidate>(request)
            : ValidationContext<ExportCandidate>.CreateWithOptions(request, o => o.IncludeProperties(propertyName));
        context.RootContextData[PhoneRegionKey] = phoneRegion ?? PhoneNumberFormat.DefaultRegion;
        return context;
    }

    public static bool TryParseDate(string? value, out DateOnly date) =>
        DateOnly.TryParseExact(value?.Trim(), DateFormat, CultureInfo.InvariantCulture, DateTimeStyles.None, out date);

    private static bool IsWithinReach(string? value, DateOnly today) =>
        !TryParseDate(value, out var date) || (date >= today.AddYears(-MaxYearsAway) && date <= today.AddYears(MaxYearsAway));

    private static string? PhoneRegion(ValidationContext<ExportCandidate> context) =>
        context.RootContextData.TryGetValue(PhoneRegionKey, out var region) ? region as string : null;
}
