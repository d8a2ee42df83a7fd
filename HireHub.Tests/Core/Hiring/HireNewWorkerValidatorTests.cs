using FluentValidation;
using FluentValidation.Results;
using HireHub.Core;
using HireHub.Core.Domain;
using HireHub.Core.Features.Hiring;
using HireHub.Tests.Support;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Localization;
using Microsoft.Extensions.Time.Testing;

namespace HireHub.Tests.Core.Hiring;

/// <summary>The validator as Core registers it; it reads no database, so none is opened.</summary>
public sealed class HireNewWorkerValidatorTests : IDisposable
{
    private static readonly DateOnly Today = DateOnly.FromDateTime(CoreServices.DefaultNow.UtcDateTime);

    private readonly FakeTimeProvider time = new(CoreServices.DefaultNow);
    private readonly List<ServiceProvider> providers = [];

    private IStringLocalizer<CoreText> Text => BuildServices(allowManualPersonnelNumber: false).GetRequiredService<IStringLocalizer<CoreText>>();

    public void Dispose()
    {
        foreach (var provider in providers)
        {
            provider.Dispose();
        }
    }

    [Fact]
    public void Validate_WhenRequestIsComplete_HasNoErrors()
    {
        var result = Validate(ValidRequest());

        Assert.True(result.IsValid, string.Join("; ", result.Errors));
    }

    [Theory]
    [InlineData(nameof(HireNewWorker.FirstName), "FirstNameRequired")]
    [InlineData(nameof(HireNewWorker.LastName), "LastNameRequired")]
    [InlineData(nameof(HireNewWorker.Email), "EmailRequired")]
    [InlineData(nameof(HireNewWorker.Phone), "PhoneRequired")]
    [InlineData(nameof(HireNewWorker.StartDate), "StartDateRequired")]
    [InlineData(nameof(HireNewWorker.LegalEntityId), "LegalEntityRequired")]
    [InlineData(nameof(HireNewWorker.WorkerType), "WorkerTypeRequired")]
    [InlineData(nameof(HireNewWorker.CandidateId), "CandidateRequired")]
    public void Validate_WhenRequiredFieldIsMissing_SaysWhatToEnter(string field, string messageKey)
    {
        var request = field switch
        {
            nameof(HireNewWorker.FirstName) => ValidRequest() with { FirstName = "" },
            nameof(HireNewWorker.LastName) => ValidRequest() with { LastName = "" },
            nameof(HireNewWorker.Email) => ValidRequest() with { Email = null },
            nameof(HireNewWorker.Phone) => ValidRequest() with { Phone = "" },
            nameof(HireNewWorker.StartDate) => ValidRequest() with { StartDate = null },
            nameof(HireNewWorker.LegalEntityId) => ValidRequest() with { LegalEntityId = null },
            nameof(HireNewWorker.WorkerType) => ValidRequest() with { WorkerType = null },
            nameof(HireNewWorker.CandidateId) => ValidRequest() with { CandidateId = Guid.Empty },
            _ => throw new ArgumentOutOfRangeException(nameof(field)),
        };

        var result = Validate(request);

        AssertOnlyError(result, field, messageKey);
    }

    [Theory]
    [InlineData("ada.lovelace", "EmailOneAt")]
    [InlineData("@example.com", "EmailInvalid")]
    [InlineData("ada.lovelace@", "EmailDomainWithoutDot")]
    [InlineData("ada lovelace@example", "EmailWhitespace")]
    [InlineData("ada@example", "EmailDomainWithoutDot")]
    public void Validate_WhenEmailIsMalformed_SaysWhatIsWrongWithIt(string email, string messageKey)
    {
        var result = Validate(ValidRequest() with { Email = email });

        AssertOnlyError(result, nameof(HireNewWorker.Email), messageKey);
    }

    [Fact]
    public void Validate_WhenEmailIsTooLong_SaysTooLong()
    {
        var result = Validate(ValidRequest() with { Email = new string('a', ContactDetails.EmailMaxLength) + "@example.com" });

        Assert.Contains(result.Errors, e => e.PropertyName == nameof(HireNewWorker.Email) && e.ErrorMessage == Text["TooLong", ContactDetails.EmailMaxLength].Value);
    }

    [Theory]
    [InlineData("555-0144")]
    [InlineData("not a number")]
    [InlineData("+1 425 555")]
    public void Validate_WhenPhoneCannotBeParsed_SaysPhoneInvalid(string phone)
    {
        var result = Validate(ValidRequest() with { Phone = phone });

        AssertOnlyError(result, nameof(HireNewWorker.Phone), "PhoneInvalid");
    }

    [Theory]
    [InlineData("(425) 555-0132")]
    [InlineData("+1 425 555 0132")]
    [InlineData("+44 20 7946 0106")]
    public void Validate_WhenPhoneIsWrittenAsPeopleTypeIt_AcceptsIt(string phone)
    {
        Assert.True(Validate(ValidRequest() with { Phone = phone }).IsValid);
    }

    [Fact]
    public void Validate_WhenStartDateIsBeforeToday_SaysStartDateInPast()
    {
        var result = Validate(ValidRequest() with { StartDate = Today.AddDays(-1) });

        AssertOnlyError(result, nameof(HireNewWorker.StartDate), "StartDateInPast");
    }

    [Fact]
    public void Validate_WhenStartDateIsToday_AcceptsIt()
    {
        Assert.True(Validate(ValidRequest() with { StartDate = Today, AssignmentStartDate = null }).IsValid);
    }

    [Fact]
    public void Validate_WhenTheClockPassesTheStartDate_RefusesWhatItAcceptedTheDayBefore()
    {
        var request = ValidRequest() with { StartDate = Today.AddDays(1), AssignmentStartDate = null };
        var validator = CreateValidator();
        Assert.True(validator.Validate(request).IsValid);

        time.Advance(TimeSpan.FromDays(2));

        AssertOnlyError(validator.Validate(request), nameof(HireNewWorker.StartDate), "StartDateInPast");
    }

    [Fact]
    public void Validate_WhenContractorHasNoEndDate_RequiresEndDate()
    {
        var result = Validate(ValidRequest() with { WorkerType = WorkerType.Contractor, EmploymentEndDate = null });

        AssertOnlyError(result, nameof(HireNewWorker.EmploymentEndDate), "EndDateRequiredForContractor");
    }

    [Fact]
    public void Validate_WhenContractorHasEndDate_AcceptsIt()
    {
        var request = ValidRequest();
        Assert.True(Validate(request with { WorkerType = WorkerType.Contractor, EmploymentEndDate = request.StartDate!.Value.AddMonths(6) }).IsValid);
    }

    [Theory]
    [InlineData(0)]
    [InlineData(-1)]
    public void Validate_WhenEndDateIsNotAfterStart_SaysEndDateAfterStart(int endInDaysAfterStart)
    {
        var request = ValidRequest() with { PositionId = null, AssignmentStartDate = null };

        var result = Validate(request with { EmploymentEndDate = request.StartDate!.Value.AddDays(endInDaysAfterStart) });

        AssertOnlyError(result, nameof(HireNewWorker.EmploymentEndDate), "EndDateAfterStart");
    }

    [Fact]
    public void Validate_WhenAssignmentStartsBeforeEmployment_SaysAssignmentStartWithinEmployment()
    {
        var request = ValidRequest();

        var result = Validate(request with { AssignmentStartDate = request.StartDate!.Value.AddDays(-1) });

        AssertOnlyError(result, nameof(HireNewWorker.AssignmentStartDate), "AssignmentStartWithinEmployment");
    }

    [Fact]
    public void Validate_WhenAssignmentStartsOnOrAfterEmploymentEnd_SaysAssignmentStartWithinEmployment()
    {
        var request = ValidRequest();
        var end = request.StartDate!.Value.AddDays(30);

        var result = Validate(request with { EmploymentEndDate = end, AssignmentStartDate = end });

        AssertOnlyError(result, nameof(HireNewWorker.AssignmentStartDate), "AssignmentStartWithinEmployment");
    }

    [Fact]
    public void Validate_WhenAssignmentStartsWithinEmployment_AcceptsIt()
    {
        var request = ValidRequest();
        var start = request.StartDate!.Value;

        Assert.True(Validate(request with { EmploymentEndDate = start.AddDays(30), AssignmentStartDate = start.AddDays(10) }).IsValid);
    }

    [Fact]
    public void Validate_WhenPersonnelNumberTypedButManualNumbersNotAllowed_SaysItComesFromTheSequence()
    {
        var result = Validate(ValidRequest() with { PersonnelNumber = "000123" });

        AssertOnlyError(result, nameof(HireNewWorker.PersonnelNumber), "PersonnelNumberFromSequence");
    }

    [Fact]
    public void Validate_WhenPersonnelNumberTypedAndManualNumbersAllowed_AcceptsIt()
    {
        var result = Validate(ValidRequest() with { PersonnelNumber = "EXT-0042" }, allowManualPersonnelNumber: true);

        Assert.True(result.IsValid, string.Join("; ", result.Errors));
    }

    [Theory]
    [InlineData("0001 23")]
    [InlineData("no/slash")]
    public void Validate_WhenManualPersonnelNumberHasOtherCharacters_SaysPersonnelNumberFormat(string personnelNumber)
    {
        var result = Validate(ValidRequest() with { PersonnelNumber = personnelNumber }, allowManualPersonnelNumber: true);

        AssertOnlyError(result, nameof(HireNewWorker.PersonnelNumber), "PersonnelNumberFormat");
    }

    [Fact]
    public void Validate_WhenRehireNamesNoWorker_RequiresTheWorker()
    {
        var result = Validate(ValidRequest() with { DuplicateDecision = DuplicateDecision.Rehire, RehireWorkerId = null });

        AssertOnlyError(result, nameof(HireNewWorker.RehireWorkerId), "RehireWorkerRequired");
    }

    [Fact]
    public void Validate_WhenNewWorkerDecisionHasNoReason_RequiresTheReason()
    {
        var result = Validate(ValidRequest() with { DuplicateDecision = DuplicateDecision.NewWorker, NewWorkerReason = " " });

        AssertOnlyError(result, nameof(HireNewWorker.NewWorkerReason), "NewWorkerReasonRequired");
    }

    [Fact]
    public void Validate_WhenNewWorkerDecisionHasReason_AcceptsIt()
    {
        Assert.True(Validate(ValidRequest() with { DuplicateDecision = DuplicateDecision.NewWorker, NewWorkerReason = "Same name, different person" }).IsValid);
    }

    private static HireNewWorker ValidRequest() => new()
    {
        CandidateId = Guid.NewGuid(),
        Revision = 1,
        FirstName = "Ada",
        LastName = "Lovelace",
        Email = "ada.lovelace@example.com",
        Phone = "+14255550131",
        StartDate = Today.AddDays(14),
        LegalEntityId = "USMF",
        WorkerType = WorkerType.Employee,
        PositionId = Guid.NewGuid(),
        AssignmentStartDate = Today.AddDays(14),
    };

    private ValidationResult Validate(HireNewWorker request, bool allowManualPersonnelNumber = false) =>
        CreateValidator(allowManualPersonnelNumber).Validate(request);

    private IValidator<HireNewWorker> CreateValidator(bool allowManualPersonnelNumber = false) =>
        BuildServices(allowManualPersonnelNumber).GetRequiredService<IValidator<HireNewWorker>>();

    private ServiceProvider BuildServices(bool allowManualPersonnelNumber)
    {
        var file = Path.Combine(Path.GetTempPath(), "hirehub-tests", "never-opened.db");
        var provider = CoreServices.Create(file, time, new Dictionary<string, string?> { ["Hiring:AllowManualPersonnelNumber"] = allowManualPersonnelNumber.ToString() })
            .BuildServiceProvider();
        providers.Add(provider);
        return provider;
    }

    private void AssertOnlyError(ValidationResult result, string property, string messageKey)
    {
        var expected = Text[messageKey];
        Assert.False(expected.ResourceNotFound, $"No text for {messageKey}.");
        var error = Assert.Single(result.Errors);
        Assert.Equal(property, error.PropertyName);
        Assert.Equal(expected.Value, error.ErrorMessage);
    }
}
