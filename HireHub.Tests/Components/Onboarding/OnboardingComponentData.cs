using HireHub.Core.Domain;

namespace HireHub.Tests.Components.Onboarding;

/// <summary>Checklist templates as the component tests state them: a name, who it is for, and (title, offset) per task.</summary>
public static class OnboardingComponentData
{
    public static OnboardingTemplate Checklist(string name, WorkerType? type, params (string Title, int Offset)[] tasks)
    {
        var template = new OnboardingTemplate { Name = name, WorkerType = type, CreatedAt = ComponentTestContext.Now };
        template.Tasks.AddRange(tasks.Select((t, i) => new OnboardingTemplateTask
        {
            TemplateId = template.Id,
            Order = i,
            Title = t.Title,
            Owner = OnboardingOwner.Hr,
            DueOffsetDays = t.Offset,
            RequiredBeforeStart = t.Offset < 0,
        }));
        return template;
    }
}
