using HireHub.Core.Domain;
using HireHub.Core.Features.Onboarding;
using Microsoft.Extensions.Localization;

namespace HireHub.Web.Components.Pages.Onboarding;

/// <summary>How the onboarding pages word owners, states and progress, in one place.</summary>
public static class OnboardingText
{
    public static string Owner(IStringLocalizer<WebText> text, OnboardingOwner owner, string? personName) =>
        owner == OnboardingOwner.Person && personName is not null ? personName : text[$"Owner_{owner}"];

    public static string Progress(IStringLocalizer<WebText> text, OnboardingProgress progress) =>
        progress.Overdue > 0 ? text["ProgressWithOverdue", progress.Closed, progress.Total, progress.Overdue] : text["ProgressDone", progress.Closed, progress.Total];
}
