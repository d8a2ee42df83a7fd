using HireHub.Core.Domain;
using HireHub.Core.Features.Onboarding;

namespace HireHub.Core.Data;

/// <summary>
/// The demo's onboarding checklists, so the Hire new worker dialog offers some on first run: general onboarding for
/// everyone, IT equipment for employees, and a shorter contractor access list. Kevin Liu, who starts next week, has
/// his checklists half done, so the onboarding page and the Starting soon card show work in progress.
/// </summary>
internal static class DemoOnboarding
{
    private static readonly (string Name, string Description, WorkerType? Type, (string Title, string? Instruction, OnboardingOwner Owner, int Offset, bool Required)[] Tasks)[] Templates =
    [
        ("General onboarding", "What every new worker needs, from the contract to the first month's check-in.", null,
        [
            ("Send the employment contract for signature", "Use the contract template of the worker's legal entity.", OnboardingOwner.Hr, -10, true),
            ("Send the welcome email with first-day details", "Start time, address, who meets them at reception, what to bring.", OnboardingOwner.Hr, -7, true),
            ("Return the signed contract and tax forms", null, OnboardingOwner.NewWorker, -3, true),
            ("Plan the first week and choose a buddy", null, OnboardingOwner.HiringManager, -2, false),
            ("Welcome on day one and show the office", null, OnboardingOwner.HiringManager, 0, false),
            ("Complete the compliance training", "Code of conduct, privacy and security awareness, in the learning portal.", OnboardingOwner.NewWorker, 14, false),
            ("Hold the 30-day check-in", null, OnboardingOwner.HiringManager, 30, false),
        ]),
        ("IT equipment", "Laptop, accounts and badge for employees.", WorkerType.Employee,
        [
            ("Order the laptop and accessories", "Standard kit unless the hiring manager asked for more.", OnboardingOwner.It, -10, true),
            ("Create the email and single sign-on accounts", null, OnboardingOwner.It, -3, true),
            ("Prepare the desk and the access badge", null, OnboardingOwner.Facilities, -2, false),
            ("Hand over the laptop and set up multi-factor sign-in", null, OnboardingOwner.It, 0, false),
        ]),
        ("Contractor access", "Time-limited access for contractors.", WorkerType.Contractor,
        [
            ("Check the contractor agreement and insurance", null, OnboardingOwner.Hr, -5, true),
            ("Create a guest account that expires with the engagement", null, OnboardingOwner.It, -2, true),
            ("Issue a visitor badge", null, OnboardingOwner.Facilities, 0, false),
        ]),
    ];

    public static void Seed(HireHubDbContext db, DateTimeOffset now, DateOnly today, Employment kevin)
    {
        var templates = Templates.Select(t =>
        {
            var template = new OnboardingTemplate { Name = t.Name, Description = t.Description, WorkerType = t.Type, CreatedAt = now };
            template.Tasks.AddRange(t.Tasks.Select((task, order) => new OnboardingTemplateTask
            {
                TemplateId = template.Id,
                Order = order,
                Title = task.Title,
                Instruction = task.Instruction,
                Owner = task.Owner,
                DueOffsetDays = task.Offset,
                RequiredBeforeStart = task.Required,
            }));
            return template;
        }).ToList();
        db.OnboardingTemplates.AddRange(templates);

        // Kevin, an employee, got the general and IT checklists at his hire. HR has done its part due before today; IT
        // has not ordered his laptop yet, so the onboarding page has an overdue task to show.
        var order = 0;
        foreach (var template in templates.Where(t => t.WorkerType is null or WorkerType.Employee))
        {
            foreach (var source in template.Tasks)
            {
                var task = OnboardingTasks.FromTemplate(template, source, kevin, order++, kevin.CreatedAt);
                if (task.DueDate < today && source.Owner == OnboardingOwner.Hr)
                {
                    (task.State, task.ActedBy, task.ActedAt) = (OnboardingTaskState.Done, "Hanna Reyes", now.AddDays(-1));
                }

                db.OnboardingTasks.Add(task);
            }
        }
    }
}
