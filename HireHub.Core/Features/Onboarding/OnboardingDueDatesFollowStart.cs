using HireHub.Core.Data;
using HireHub.Core.Domain;
using HireHub.Core.Features.Workers;

namespace HireHub.Core.Features.Onboarding;

/// <summary>When HR moves an employment's start date, its open onboarding tasks fall due relative to the new start.</summary>
internal sealed class OnboardingDueDatesFollowStart : IEmploymentStartFollower
{
    public Task FollowAsync(HireHubDbContext db, Employment employment, DateOnly previousStart, CancellationToken ct) =>
        OnboardingTasks.MoveDueDatesAsync(db, employment.Id, employment.StartDate, ct);
}
