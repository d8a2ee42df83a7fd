using System.Globalization;
using System.Reflection;
using HireHub.Core.Features.Audit;
using HireHub.Core.Features.Privacy;
using HireHub.Web;
using HireHub.Web.Components.Pages.Admin;
using Microsoft.Extensions.Localization;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;

namespace HireHub.Tests.Components.Admin;

/// <summary>
/// Every action HireHub audits reads as words on the audit log (the Dutch file saying each key in Dutch is
/// DutchResourceTests' job), so an administrator never meets a code such as <c>TableEnabled</c>, and the Action filter,
/// which matches those words, can find it.
/// </summary>
public sealed class AuditActionWordsTests
{
    private static readonly IStringLocalizer<WebText> Text = new StringLocalizer<WebText>(
        new ResourceManagerStringLocalizerFactory(Options.Create(new LocalizationOptions { ResourcesPath = "Resources" }), NullLoggerFactory.Instance));

    /// <summary>The action constants: every <c>*AuditActions</c> class, and the privacy services' own.</summary>
    public static TheoryData<string> Actions =>
    [
        .. typeof(AuditActions).Assembly.GetTypes()
            .Where(type => type.Name.EndsWith("AuditActions", StringComparison.Ordinal))
            .SelectMany(type => type.GetFields(BindingFlags.Public | BindingFlags.Static).Where(constant => constant.IsLiteral))
            .Select(constant => (string)constant.GetRawConstantValue()!),
        RetentionSweep.RetentionFlagged, RetentionSweep.SweepRan, RetentionSweep.SweepFailed, CandidateAnonymiser.Tombstone,
        LegalHoldService.LegalHoldSet, LegalHoldService.LegalHoldCleared,
        SubjectRightsService.CandidateDataExported, SubjectRightsService.WorkerDataExported,
    ];

    [Fact]
    public void TheActionClasses_AreFound() => Assert.True(Actions.Count() > 30, $"only {Actions.Count()} actions found");

    [Theory]
    [MemberData(nameof(Actions))]
    public void EveryAuditedAction_ReadsAsWords(string action)
    {
        var (current, currentUi) = (CultureInfo.CurrentCulture, CultureInfo.CurrentUICulture);
        CultureInfo.CurrentCulture = CultureInfo.CurrentUICulture = CultureInfo.GetCultureInfo("en-US");
        try
        {
            Assert.NotEqual(action, AuditText.Action(Text, action));
            Assert.Contains(action, AuditText.ActionsNamed(Text, AuditText.Action(Text, action).ToUpperInvariant()));
        }
        finally
        {
            (CultureInfo.CurrentCulture, CultureInfo.CurrentUICulture) = (current, currentUi);
        }
    }
}
