using HireHub.Core;
using HireHub.Core.Common;
using HireHub.Core.Features.Exports;
using HireHub.Core.Features.Hiring;
using HireHub.Tests.Core.Exports;
using HireHub.Tests.Support;
using Microsoft.Extensions.Localization;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;
using Microsoft.Extensions.Time.Testing;

namespace HireHub.Tests.Core.Common;

/// <summary>The one email rule, and that every way an address reaches HireHub applies it.</summary>
public sealed class EmailAddressesTests
{
    private static readonly IStringLocalizer<CoreText> Text = new StringLocalizer<CoreText>(
        new ResourceManagerStringLocalizerFactory(Options.Create(new LocalizationOptions { ResourcesPath = "Resources" }), NullLoggerFactory.Instance));

    [Theory]
    [InlineData("zoe@example.com")]
    [InlineData("Zoe.O'Neill+hr@mail.example.co.uk")]
    [InlineData("zoë@exämple.de")]
    [InlineData("a@b.io")]
    [InlineData("first-last@sub-domain.example.org")]
    [InlineData("  zoe@example.com  ")]
    public void Check_OfAMailboxAddress_FindsNothingWrong(string address)
    {
        Assert.Equal(EmailProblem.None, EmailAddresses.Check(address));
    }

    [Theory]
    [InlineData("fatima zahra@example", EmailProblem.Whitespace)]
    [InlineData("space mail@example.com", EmailProblem.Whitespace)]
    [InlineData("zoe@exam\tple.com", EmailProblem.Whitespace)]
    [InlineData("zoe.example.com", EmailProblem.NotOneAt)]
    [InlineData("zoe@@example.com", EmailProblem.NotOneAt)]
    [InlineData("zoe@home@example.com", EmailProblem.NotOneAt)]
    [InlineData("zoe@example", EmailProblem.DomainWithoutDot)]
    [InlineData("zoe@localhost", EmailProblem.DomainWithoutDot)]
    [InlineData("@example.com", EmailProblem.Invalid)]
    [InlineData("zoe@.example.com", EmailProblem.Invalid)]
    [InlineData("zoe@example..com", EmailProblem.Invalid)]
    [InlineData("zoe@example.com.", EmailProblem.Invalid)]
    [InlineData("zoe@-example.com", EmailProblem.Invalid)]
    [InlineData("zoe@exa_mple.com", EmailProblem.Invalid)]
    [InlineData("zoe@[10.0.0.1]", EmailProblem.Invalid)]
    [InlineData("zoe@10.0.0.1", EmailProblem.Invalid)]
    [InlineData("zoe.@example.com", EmailProblem.Invalid)]
    [InlineData("zo..e@example.com", EmailProblem.Invalid)]
    [InlineData("Zoe<zoe@example.com>", EmailProblem.Invalid)]
    [InlineData("zoe(comment)@example.com", EmailProblem.Invalid)]
    public void Check_OfAnAddressNoMailboxHas_SaysWhatIsWrong(string address, EmailProblem expected)
    {
        Assert.Equal(expected, EmailAddresses.Check(address));
    }

    [Fact]
    public void Check_OfAddressesOverTheLengthLimits_RefusesThem()
    {
        Assert.Equal(EmailProblem.None, EmailAddresses.Check(new string('a', 64) + "@example.com"));
        Assert.Equal(EmailProblem.LocalPartTooLong, EmailAddresses.Check(new string('a', 65) + "@example.com"));
        var longest = "a@" + string.Join('.', Enumerable.Repeat(new string('d', 62), 4))[..248] + ".com";
        Assert.Equal(254, longest.Length);
        Assert.Equal(EmailProblem.None, EmailAddresses.Check(longest));
        Assert.Equal(EmailProblem.TooLong, EmailAddresses.Check("a" + longest));
        Assert.Equal(EmailProblem.Invalid, EmailAddresses.Check("a@" + new string('d', 64) + ".com"));
    }

    [Fact]
    public void Message_OfEachProblem_SaysWhatToFix()
    {
        Assert.Equal("An email address cannot contain spaces.", EmailAddresses.Message(Text, EmailProblem.Whitespace));
        Assert.Equal("Enter a domain with a dot after the @, such as example.com.", EmailAddresses.Message(Text, EmailProblem.DomainWithoutDot));
        Assert.StartsWith("An email address has exactly one @", EmailAddresses.Message(Text, EmailProblem.NotOneAt), StringComparison.Ordinal);
        Assert.Equal("The part before the @ can be at most 64 characters.", EmailAddresses.Message(Text, EmailProblem.LocalPartTooLong));
    }

    [Theory]
    [InlineData("fatima zahra@example")]
    [InlineData("space mail@example")]
    [InlineData("zoe@example")]
    public void ExportValidator_ForTheApiFormAndCsv_RefusesTheAddressAndTheRecruitersAlike(string address)
    {
        var validator = new ExportCandidateValidator(Text, new FakeTimeProvider(CoreServices.DefaultNow));

        var result = validator.Validate(ExportCandidateValidator.ContextFor(Exported.Candidate() with { Email = address, Recruiter = new ExportRecruiter { Email = address } }, "US"));

        Assert.Equal(["Email", "Recruiter.Email"], result.Errors.Select(e => e.PropertyName).Order(StringComparer.Ordinal));
    }

    [Fact]
    public void HireValidator_ForTheDialog_RefusesTheAddressWithItsReason()
    {
        var validator = new HireNewWorkerValidator(Text, new FakeTimeProvider(CoreServices.DefaultNow), Options.Create(new HiringOptions()));
        var request = new HireNewWorker
        {
            CandidateId = Guid.NewGuid(), Revision = 1, FirstName = "Fatima", LastName = "Zahra", Email = "fatima zahra@example", Phone = "+14255550100",
            StartDate = new DateOnly(2027, 4, 1), LegalEntityId = "USMF", WorkerType = HireHub.Core.Domain.WorkerType.Employee,
        };

        var error = Assert.Single(validator.Validate(request).Errors);

        Assert.Equal(("Email", "An email address cannot contain spaces."), (error.PropertyName, error.ErrorMessage));
    }
}
