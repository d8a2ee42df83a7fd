using HireHub.Core.Domain;
using HireHub.Core.Features.Onboarding;
using Microsoft.Extensions.Localization;

namespace HireHub.Web.Components.Pages.Onboarding;

/// <summary>How the onboarding pages word owners, states and moments, in one place.</summary>
public static class OnboardingText
{
    public static string Owner(IStringLocalizer<WebText> text, OnboardingOwner owner, string? personName) =>
        owner == OnboardingOwner.Person && personName is not null ? personName : text[$"Owner_{owner}"];

    public static string Progress(IStringLocalizer<WebText> text, OnboardingProgress progress) =>
        progress.Overdue > 0 ? text["ProgressWithOverdue", progress.Closed, progress.Total, progress.Overdue] : text["ProgressDone", progress.Closed, progress.Total];

    /// <summary>
    /// A moment HireHub recorded (a task completed). Until the person's time zone reaches these pages it is shown in UTC
    /// and says so, rather than in the server's zone, which is nobody's.
    /// </summary>
    public static string Moment(DateTimeOffset at) => at.UtcDateTime.ToString("g", System.Globalization.CultureInfo.CurrentCulture) + " UTC";
}
