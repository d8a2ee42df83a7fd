using HireHub.Core.Domain;
using HireHub.Core.Features.Hiring;
using HireHub.Tests.Support;

namespace HireHub.Tests.Core.Onboarding;

/// <summary>A checklist task as a test states it: what, by whom, how many days from the start, and whether it gates day one.</summary>
public sealed record TaskSpec(string Title, int Offset, OnboardingOwner Owner = OnboardingOwner.Hr, bool Required = false, string? PersonId = null);

/// <summary>Checklist templates and hires with checklists, inserted into a <see cref="TestDatabase"/>.</summary>
public static class OnboardingData
{
    public static async Task<OnboardingTemplate> ChecklistAsync(
        this TestDatabase db, string name, IReadOnlyList<TaskSpec> tasks, Func<OnboardingTemplate, OnboardingTemplate>? rules = null)
    {
        var template = new OnboardingTemplate { Name = name, CreatedAt = db.Time.GetUtcNow() };
        template = rules?.Invoke(template) ?? template;
        template.Tasks.AddRange(tasks.Select((t, order) => new OnboardingTemplateTask
        {
            TemplateId = template.Id,
            Order = order,
            Title = t.Title,
            Owner = t.PersonId is null ? t.Owner : OnboardingOwner.Person,
            OwnerPersonId = t.PersonId,
            DueOffsetDays = t.Offset,
            RequiredBeforeStart = t.Required,
        }));
        return await db.InsertAsync(template);
    }

    /// <summary>Hires a new default candidate starting in <paramref name="startInDays"/> with the given checklists; fails the test if the hire fails.</summary>
    public static async Task<(ExportedCandidate Candidate, HireResult Hire)> HireWithChecklistsAsync(
        this TestDatabase db, int startInDays, IReadOnlyList<Guid> checklists, Func<HireNewWorker, HireNewWorker>? customize = null)
    {
        var candidate = await db.Given.CandidateAsync(c => c with { StartInDays = startInDays });
        var request = TestData.HireRequestFor(candidate) with { ChecklistTemplateIds = checklists };
        var result = await db.Get<HiringService>().HireAsync(customize?.Invoke(request) ?? request, TestData.HrProfessional, TestContext.Current.CancellationToken);
        Assert.True(result.Succeeded, result.Problem?.Message);
        return (candidate, result.Ok());
    }
}
