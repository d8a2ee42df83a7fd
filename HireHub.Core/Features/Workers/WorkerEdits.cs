using FluentValidation;
using HireHub.Core.Common;
using HireHub.Core.Domain;
using Microsoft.Extensions.Localization;

namespace HireHub.Core.Features.Workers;

/// <summary>HR corrects a worker's contact details after the hire. Settable so the dialog binds to it.</summary>
public sealed record ChangeWorkerContact
{
    public string PersonnelNumber { get; set; } = "";

    public string? Email { get; set; }

    public string? Phone { get; set; }

    /// <summary>The worker's <see cref="IVersioned.Version"/> the page read: a change made meanwhile refuses this one.</summary>
    public Guid Version { get; set; }
}

/// <summary>HR moves an employment's start date, which it may until the employment starts.</summary>
public sealed record ChangeEmploymentStart
{
    public string PersonnelNumber { get; set; } = "";

    public Guid EmploymentId { get; set; }

    public DateOnly? StartDate { get; set; }

    /// <summary>The employment's <see cref="IVersioned.Version"/> the page read.</summary>
    public Guid Version { get; set; }
}

/// <summary>The same rules as the hire's: <see cref="EmailAddresses"/>, and a phone number that can be dialled.</summary>
public sealed class ChangeWorkerContactValidator : AbstractValidator<ChangeWorkerContact>
{
    public ChangeWorkerContactValidator(IStringLocalizer<CoreText> text)
    {
        RuleFor(r => r.Email).NotEmpty().WithText(text, "EmailRequired");
        RuleFor(r => r.Email).Rule(text);
        RuleFor(r => r.Phone).NotEmpty().WithText(text, "PhoneRequired")
            .MaximumLength(ContactDetails.PhoneMaxLength).WithText(text, "TooLong", ContactDetails.PhoneMaxLength)
            .Must(phone => PhoneNumberFormat.TryNormalize(phone, null, out _)).WithText(text, "PhoneInvalid")
            .When(r => !string.IsNullOrWhiteSpace(r.Phone), ApplyConditionTo.CurrentValidator);
    }
}

public sealed class ChangeEmploymentStartValidator : AbstractValidator<ChangeEmploymentStart>
{
    public ChangeEmploymentStartValidator(IStringLocalizer<CoreText> text, TimeProvider time)
    {
        RuleFor(r => r.StartDate).NotNull().WithText(text, "StartDateRequired")
            .Must(start => start >= time.Today()).WithText(text, "StartDateInPast")
            .When(r => r.StartDate is not null, ApplyConditionTo.CurrentValidator);
    }
}

/// <summary>
/// Something that hangs off an employment's start date and moves with it, inside the transaction that moves it: the
/// onboarding checklist's due dates. Core knows none by itself; a feature registers its own
/// (<c>services.AddSingleton&lt;IEmploymentStartFollower, ...&gt;()</c>), and <see cref="WorkerEditService"/> calls every one.
/// </summary>
public interface IEmploymentStartFollower
{
    Task FollowAsync(Data.HireHubDbContext db, Employment employment, DateOnly previousStart, CancellationToken ct);
}
