using HireHub.Core;
using HireHub.Core.Domain;
using HireHub.Core.Features.Exports;
using Microsoft.Extensions.Localization;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;
using Microsoft.Extensions.Time.Testing;

namespace HireHub.Tests.Core.Exports;

/// <summary>The one set of rules for exports, shared by the API, the recruiters' form and the CSV upload.</summary>
public sealed class ExportCandidateValidatorTests
{
    private readonly ExportCandidateValidator validator = new(
        new StringLocalizer<CoreText>(new ResourceManagerStringLocalizerFactory(Options.Create(new LocalizationOptions { ResourcesPath = "Resources" }), NullLoggerFactory.Instance)),
        new FakeTimeProvider(new DateTimeOffset(2027, 3, 1, 9, 0, 0, TimeSpan.Zero)));

    [Fact]
    public void Validate_OfACompleteExport_Passes()
    {
        Assert.True(Validate(Exported.Candidate()).IsValid);
    }

    [Fact]
    public void Validate_OfAMinimalExport_Passes()
    {
        var minimal = new ExportCandidate { CandidateId = "LI-1", FirstName = "Maria", LastName = "Campbell", Email = "m@example.com", StartDate = "2027-04-01" };

        Assert.True(Validate(minimal).IsValid);
    }

    [Theory]
    [InlineData("Maria\r\nX-Forged: line")]
    [InlineData("Nul\u0000")]
    [InlineData("Esc\u001b[31m")]
    [InlineData("Tab\there")]
    [InlineData("half a surrogate pair")]
    public void Validate_OfTextWithAControlCharacterOrHalfASurrogatePair_RefusesThatField(string text)
    {
        // An unpaired surrogate cannot travel in an attribute (the compiler stores it as U+FFFD): made here instead.
        text = text == "half a surrogate pair" ? "Half" + (char)0xD800 : text;
        var result = Validate(Exported.Candidate() with { FirstName = text, Recruiter = new ExportRecruiter { Name = text } });

        Assert.Equal(["FirstName", "Recruiter.Name"], result.Errors.Select(e => e.PropertyName).Order(StringComparer.Ordinal));
        Assert.All(result.Errors, e => Assert.StartsWith("Remove the control characters", e.ErrorMessage, StringComparison.Ordinal));
    }

    [Fact]
    public void Validate_OfTextWithMarkupEmojiAndAccents_Passes()
    {
        Assert.True(Validate(Exported.Candidate() with { FirstName = "Zoë 👩‍💻", JobTitle = "<b>Engineer</b> & 'lead'" }).IsValid);
    }

    [Fact]
    public void Validate_OfAnEmptyExport_NamesEveryRequiredField()
    {
        var result = Validate(new ExportCandidate());

        Assert.Equal(["CandidateId", "Email", "FirstName", "LastName", "StartDate"], result.Errors.Select(e => e.PropertyName).Distinct().Order(StringComparer.Ordinal));
        Assert.Single(result.Errors, e => e.PropertyName == "StartDate");
    }

    [Fact]
    public void Validate_OfWhitespaceNames_FailsAsMissing()
    {
        Assert.Equal(["FirstName", "LastName"], Failed(Exported.Candidate(with: c => (c.FirstName, c.LastName) = ("  ", "\t"))));
    }

    [Theory]
    [InlineData(nameof(ExportCandidate.CandidateId), CandidateFields.CandidateIdMaxLength)]
    [InlineData(nameof(ExportCandidate.FirstName), PersonName.MaxLength)]
    [InlineData(nameof(ExportCandidate.MiddleName), PersonName.MaxLength)]
    [InlineData(nameof(ExportCandidate.LastName), PersonName.MaxLength)]
    [InlineData(nameof(ExportCandidate.JobTitle), CandidateFields.TextMaxLength)]
    [InlineData(nameof(ExportCandidate.Location), CandidateFields.TextMaxLength)]
    [InlineData(nameof(ExportCandidate.HrisProvider), CandidateFields.TextMaxLength)]
    public void Validate_OfAFieldOneCharacterTooLong_FailsThatField(string field, int maxLength)
    {
        var atLimit = Exported.Candidate(with: c => typeof(ExportCandidate).GetProperty(field)!.SetValue(c, new string('x', maxLength)));
        var overLimit = Exported.Candidate(with: c => typeof(ExportCandidate).GetProperty(field)!.SetValue(c, new string('x', maxLength + 1)));

        Assert.True(Validate(atLimit).IsValid);
        Assert.Equal([field], Failed(overLimit));
    }

    [Fact]
    public void Validate_OfTooLongRecruiterFields_NamesThemByPath()
    {
        var export = Exported.Candidate(with: c => c.Recruiter = new ExportRecruiter { Name = new string('x', 201), Email = "not-an-email" });

        Assert.Equal(["Recruiter.Email", "Recruiter.Name"], Failed(export));
    }

    [Theory]
    [InlineData("not-an-email")]
    [InlineData("@example.com")]
    public void Validate_OfABadEmail_Fails(string email)
    {
        Assert.Equal(["Email"], Failed(Exported.Candidate(with: c => c.Email = email)));
    }

    [Theory]
    [InlineData("12")]
    [InlineData("call me")]
    [InlineData("+1 425 555 01999999")]
    public void Validate_OfAnUnparseablePhone_Fails(string phone)
    {
        Assert.Equal(["Phone"], Failed(Exported.Candidate(with: c => c.Phone = phone)));
    }

    [Fact]
    public void Validate_OfAPhoneWithoutCountryCode_ReadsItInTheConnectionsRegion()
    {
        var british = Exported.Candidate(with: c => c.Phone = "020 7946 0106");

        Assert.True(Validate(british, "GB").IsValid);
        Assert.Equal(["Phone"], Failed(british, "US"));
    }

    [Theory]
    [InlineData("01/04/2027")]
    [InlineData("2027-4-1")]
    [InlineData("2027-02-30")]
    [InlineData("tomorrow")]
    public void Validate_OfAMalformedStartDate_AsksForYyyyMmDd(string startDate)
    {
        var result = Validate(Exported.Candidate(with: c => c.StartDate = startDate));

        var error = Assert.Single(result.Errors);
        Assert.Equal(("StartDate", "Enter the start date as YYYY-MM-DD, such as 2027-03-01."), (error.PropertyName, error.ErrorMessage));
    }

    [Theory]
    [InlineData("2029-03-01", true)]
    [InlineData("2029-03-02", false)]
    [InlineData("2025-03-01", true)]
    [InlineData("2025-02-28", false)]
    public void Validate_OfAStartDate_AllowsAtMostTwoYearsFromToday(string startDate, bool valid)
    {
        Assert.Equal(valid, Validate(Exported.Candidate(with: c => c.StartDate = startDate)).IsValid);
    }

    [Fact]
    public void Validate_ForOneFormField_ReportsOnlyThatField()
    {
        var export = new ExportCandidate { Phone = "12" };

        var result = validator.Validate(ExportCandidateValidator.ContextFor(export, "US", nameof(ExportCandidate.Phone)));

        Assert.Equal(["Phone"], result.Errors.Select(e => e.PropertyName));
    }

    private FluentValidation.Results.ValidationResult Validate(ExportCandidate export, string region = "US") =>
        validator.Validate(ExportCandidateValidator.ContextFor(export, region));

    private IEnumerable<string> Failed(ExportCandidate export, string region = "US") =>
        Validate(export, region).Errors.Select(e => e.PropertyName).Distinct().Order(StringComparer.Ordinal);
}
