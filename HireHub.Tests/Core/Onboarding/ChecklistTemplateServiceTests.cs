using HireHub.Core.Common;
using HireHub.Core.Domain;
using HireHub.Core.Features.Onboarding;
using HireHub.Tests.Support;
using Microsoft.EntityFrameworkCore;

namespace HireHub.Tests.Core.Onboarding;

/// <summary>The Onboarding checklists page: templates are versioned, audited, and retired rather than deleted.</summary>
public sealed class ChecklistTemplateServiceTests : DatabaseTest
{
    private static readonly Actor Admin = new("sam.okoye", "Sam Okoye");

    private ChecklistTemplateService Checklists => Db.Get<ChecklistTemplateService>();

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    private static SaveChecklistTemplate NewTemplate(string name = "IT equipment") => new()
    {
        Name = name,
        Description = "Laptop and accounts.",
        WorkerType = WorkerType.Employee,
        Tasks =
        [
            new() { Title = "Order laptop", Owner = OnboardingOwner.It, DueOffsetDays = -10, RequiredBeforeStart = true },
            new() { Title = "Hand over laptop", Owner = OnboardingOwner.It, DueOffsetDays = 0 },
        ],
    };

    [Fact]
    public async Task Save_ANewTemplate_StoresItsOrderedTasksAndAuditsIt()
    {
        await Db.Given.DefaultConnectionAsync();

        var saved = await Checklists.SaveAsync(NewTemplate() with { LegalEntityId = "USMF" }, Admin, Ct);

        Assert.True(saved.Succeeded, saved.Problem?.Message);
        var details = await Checklists.FindAsync(saved.Ok().Id, Ct);
        Assert.Equal(new ChecklistAppliesTo("USMF", WorkerType.Employee, null), details!.Summary.AppliesTo);
        Assert.Equal(["Order laptop", "Hand over laptop"], details.Tasks.Select(t => t.Title));
        await using var db = Db.CreateDbContext();
        var audit = await db.AuditEvents.AsNoTracking().SingleAsync(Ct);
        Assert.Equal((OnboardingAuditActions.TemplateSaved, "Sam Okoye", nameof(OnboardingTemplate)), (audit.Action, audit.Actor, audit.EntityType));
    }

    [Fact]
    public async Task Save_EditingTasks_KeepsTheLinkOfTasksAlreadyCreatedAndLetsGoOfRemovedOnes()
    {
        var template = await Db.ChecklistAsync("General onboarding", [new("Send contract", -10), new("Welcome", 0)]);
        var (_, hire) = await Db.HireWithChecklistsAsync(startInDays: 20, [template.Id]);
        var edit = (await Checklists.FindAsync(template.Id, Ct))!.ToRequest();
        edit.Tasks.RemoveAt(0);
        edit.Tasks[0].Title = "Welcome on day one";
        edit.Tasks.Insert(0, new ChecklistTaskDraft { Title = "Plan the first week", Owner = OnboardingOwner.HiringManager, DueOffsetDays = -2 });

        var saved = await Checklists.SaveAsync(edit, Admin, Ct);

        Assert.True(saved.Succeeded, saved.Problem?.Message);
        Assert.Equal(["Plan the first week", "Welcome on day one"], (await Checklists.FindAsync(template.Id, Ct))!.Tasks.Select(t => t.Title));
        await using var db = Db.CreateDbContext();
        var created = await db.OnboardingTasks.AsNoTracking().Where(t => t.Employment!.WorkerId == hire.WorkerId).OrderBy(t => t.Order).ToListAsync(Ct);
        // What the worker got at the hire stays as it was; only the link to the removed template task is gone.
        Assert.Equal([("Send contract", (Guid?)null), ("Welcome", template.Tasks[1].Id)], created.Select(t => (t.Title, t.TemplateTaskId)));
    }

    [Fact]
    public async Task Save_BasedOnAStaleRead_IsRefusedAndChangesNothing()
    {
        var saved = (await Checklists.SaveAsync(NewTemplate(), Admin, Ct)).Ok();
        var first = (await Checklists.FindAsync(saved.Id, Ct))!.ToRequest();
        var second = (await Checklists.FindAsync(saved.Id, Ct))!.ToRequest();
        Assert.True((await Checklists.SaveAsync(first with { Name = "Laptops" }, Admin, Ct)).Succeeded);

        var stale = await Checklists.SaveAsync(second with { Name = "Equipment" }, TestData.HrProfessional, Ct);

        Assert.Equal(Db.Text["ChangedBySomeoneElse"].Value, stale.Problem?.Message);
        Assert.Equal("Laptops", (await Checklists.FindAsync(saved.Id, Ct))!.Summary.Name);
    }

    [Fact]
    public async Task Save_WithATakenName_SaysSoOnTheName()
    {
        Assert.True((await Checklists.SaveAsync(NewTemplate("General"), Admin, Ct)).Succeeded);

        var result = await Checklists.SaveAsync(NewTemplate("General"), Admin, Ct);

        Assert.Equal(Db.Text["NameTaken"].Value, result.Problem?.Errors?[nameof(SaveChecklistTemplate.Name)].Single());
    }

    [Fact]
    public async Task Save_WithoutTasksOrWithAnOffsetTooFarOrAnUnknownPerson_SaysWhatIsWrongAndStoresNothing()
    {
        var before = await Db.SnapshotAsync();

        var empty = await Checklists.SaveAsync(NewTemplate() with { Tasks = [] }, Admin, Ct);
        var far = await Checklists.SaveAsync(NewTemplate() with { Tasks = [new() { Title = "Review", DueOffsetDays = 400 }] }, Admin, Ct);
        var stranger = await Checklists.SaveAsync(NewTemplate() with { Tasks = [new() { Title = "Meet", Owner = OnboardingOwner.Person, OwnerPersonId = "nobody" }] }, Admin, Ct);

        Assert.Equal(Db.Text["ChecklistNeedsTasks"].Value, empty.Problem?.Errors?["Tasks"].Single());
        Assert.Equal(Db.Text["TaskOffsetRange", 365].Value, far.Problem?.Errors?["Tasks[0].DueOffsetDays"].Single());
        Assert.Equal(Db.Text["TaskOwnerPersonUnknown"].Value, stranger.Problem?.Errors?["Tasks[0].OwnerPersonId"].Single());
        Assert.Equal(before, await Db.SnapshotAsync());
    }

    [Fact]
    public async Task Retire_TakesTheTemplateOutOfTheOffers_KeepsItsTasks_AndReinstateBringsItBack()
    {
        var template = await Db.ChecklistAsync("General onboarding", [new("Welcome", 0)]);
        await Db.HireWithChecklistsAsync(startInDays: 20, [template.Id]);
        var summary = (await Checklists.ListAsync(new PageRequest(), includeRetired: false, Ct)).Items.Single();

        var retired = await Checklists.RetireAsync(template.Id, summary.Version, Admin, Ct);

        Assert.True(retired.Succeeded, retired.Problem?.Message);
        Assert.Empty(await Checklists.OffersAsync(Ct));
        Assert.Empty((await Checklists.ListAsync(new PageRequest(), includeRetired: false, Ct)).Items);
        Assert.Single((await Checklists.ListAsync(new PageRequest(), includeRetired: true, Ct)).Items);
        await using (var db = Db.CreateDbContext())
        {
            Assert.Equal(1, await db.OnboardingTasks.CountAsync(t => t.TemplateId == template.Id && t.State == OnboardingTaskState.Open, Ct));
        }

        Assert.Equal(Db.Text["ChangedBySomeoneElse"].Value, (await Checklists.ReinstateAsync(template.Id, summary.Version, Admin, Ct)).Problem?.Message);
        Assert.True((await Checklists.ReinstateAsync(template.Id, retired.Ok().Version, Admin, Ct)).Succeeded);
        Assert.Equal(["General onboarding"], (await Checklists.OffersAsync(Ct)).Select(o => o.Name));
    }
}
