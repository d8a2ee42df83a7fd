using System.Globalization;
using FluentValidation;
using FluentValidation.Results;
using HireHub.Core.Domain;
using HireHub.Core.Features.Exports;
using HireHub.Core.Features.Hiring;
using HireHub.Tests.Support;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;

namespace HireHub.Tests.Core.Hiring;

/// <summary>
/// Validators are singletons, built once for the whole process, yet each person reads their failures in their own
/// language: HireHub's messages and FluentValidation's own (with the field named in that language).
/// </summary>
public sealed class ValidationLanguageTests : IDisposable
{
    private static readonly DateOnly Today = DateOnly.FromDateTime(CoreServices.DefaultNow.UtcDateTime);

    private readonly ServiceProvider services = CoreServices.Create(
        Path.Combine(Path.GetTempPath(), "hirehub-tests", "never-opened.db"), new FakeTimeProvider(CoreServices.DefaultNow)).BuildServiceProvider();

    public void Dispose() => services.Dispose();

    [Fact]
    public void Validate_OneValidatorInstance_AnswersEachRequestInItsOwnLanguage()
    {
        // Built while a Dutch request is being served: what it says must not be fixed to Dutch from then on.
        var validator = InCulture.Run("nl-NL", () => services.GetRequiredService<IValidator<HireNewWorker>>());
        var request = new HireNewWorker
        {
            CandidateId = Guid.NewGuid(), FirstName = "", LastName = "Lovelace", Email = "ada@example.com", Phone = "+31612345678",
            StartDate = Today.AddDays(14), LegalEntityId = "USMF", WorkerType = (WorkerType)99,
        };

        var english = InCulture.Run("en-US", () => validator.Validate(request));
        var dutch = InCulture.Run("nl-NL", () => validator.Validate(request));

        Assert.Equal("Enter a first name.", Message(english, nameof(HireNewWorker.FirstName)));
        Assert.Equal("Vul een voornaam in.", Message(dutch, nameof(HireNewWorker.FirstName)));
        Assert.Equal(FluentValidationsOwn("en-US", "Worker type", "99"), Message(english, nameof(HireNewWorker.WorkerType)));
        Assert.Equal(FluentValidationsOwn("nl-NL", "Type werknemer", "99"), Message(dutch, nameof(HireNewWorker.WorkerType)));
        Assert.NotEqual(Message(english, nameof(HireNewWorker.WorkerType)), Message(dutch, nameof(HireNewWorker.WorkerType)));
    }

    [Fact]
    public void Validate_OfAnExportWithControlCharacters_RefusesItInTheCallersLanguage()
    {
        var validator = InCulture.Run("nl-NL", () => services.GetRequiredService<IValidator<ExportCandidate>>());
        var export = new ExportCandidate { CandidateId = "LI-1", FirstName = "Maria\r\nX", LastName = "Campbell", Email = "m@example.com", StartDate = "2027-04-01" };

        var english = InCulture.Run("en-US", () => validator.Validate(ExportCandidateValidator.ContextFor(export, "US")));
        var dutch = InCulture.Run("nl-NL", () => validator.Validate(ExportCandidateValidator.ContextFor(export, "US")));

        Assert.StartsWith("Remove the control characters", Message(english, nameof(ExportCandidate.FirstName)));
        Assert.StartsWith("Verwijder de stuurtekens", Message(dutch, nameof(ExportCandidate.FirstName)));
    }

    private static string Message(ValidationResult result, string property) =>
        Assert.Single(result.Errors, e => e.PropertyName == property).ErrorMessage;

    // FluentValidation's own text for IsInEnum in that language, as its LanguageManager has it.
    private static string FluentValidationsOwn(string culture, string propertyName, string value) =>
        ValidatorOptions.Global.LanguageManager.GetString("EnumValidator", CultureInfo.GetCultureInfo(culture))
            .Replace("{PropertyName}", propertyName, StringComparison.Ordinal)
            .Replace("{PropertyValue}", value, StringComparison.Ordinal);
}
