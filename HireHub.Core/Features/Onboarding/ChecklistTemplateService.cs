using FluentValidation;
using HireHub.Core.Common;
using HireHub.Core.Data;
using HireHub.Core.Domain;
using HireHub.Core.Features.Administration;
using HireHub.Core.Features.Audit;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;

namespace HireHub.Core.Features.Onboarding;

/// <summary>
/// The Onboarding checklists page: create, edit, retire and reinstate checklist templates. Every save carries the
/// version its page read (<see cref="StaleEdits"/>), and is audited in its own transaction.
/// </summary>
public sealed class ChecklistTemplateService(
    IDbContextFactory<HireHubDbContext> dbFactory,
    IValidator<SaveChecklistTemplate> validator,
    IStringLocalizer<CoreText> text,
    TimeProvider time)
{
    public async Task<Page<ChecklistTemplateSummary>> ListAsync(PageRequest request, bool includeRetired, CancellationToken ct = default)
    {
        await using var db = await dbFactory.CreateDbContextAsync(ct);
        var query = db.OnboardingTemplates.AsNoTracking();
        if (!includeRetired)
        {
            query = query.Where(t => t.RetiredAt == null);
        }

        return await query.WhereAnyContains(request.Search, t => t.Name, t => t.Description).ToPageAsync(
            request,
            q => q.OrderBy(t => t.RetiredAt != null).ThenBy(t => t.Name),
            t => new ChecklistTemplateSummary(
                t.Id, t.Name, t.Description, new ChecklistAppliesTo(t.LegalEntityId, t.WorkerType, t.Department), t.Tasks.Count, t.RetiredAt, t.Version),
            ct);
    }

    public async Task<ChecklistTemplateDetails?> FindAsync(Guid id, CancellationToken ct = default)
    {
        await using var db = await dbFactory.CreateDbContextAsync(ct);
        var template = await db.OnboardingTemplates.AsNoTracking().Include(t => t.Tasks).SingleOrDefaultAsync(t => t.Id == id, ct);
        return template is null ? null : new ChecklistTemplateDetails(
            Summary(template),
            [.. template.Tasks.OrderBy(t => t.Order).Select(t => new ChecklistTaskDraft
            {
                Id = t.Id,
                Title = t.Title,
                Instruction = t.Instruction,
                Owner = t.Owner,
                OwnerPersonId = t.OwnerPersonId,
                DueOffsetDays = t.DueOffsetDays,
                RequiredBeforeStart = t.RequiredBeforeStart,
            })]);
    }

    /// <summary>The templates HR can pick in the Hire new worker dialog: every one not retired.</summary>
    public async Task<IReadOnlyList<ChecklistOffer>> OffersAsync(CancellationToken ct = default)
    {
        await using var db = await dbFactory.CreateDbContextAsync(ct);
        return await db.OnboardingTemplates.AsNoTracking().Where(t => t.RetiredAt == null).OrderBy(t => t.Name)
            .Select(t => new ChecklistOffer(
                t.Id,
                t.Name,
                t.Description,
                new ChecklistAppliesTo(t.LegalEntityId, t.WorkerType, t.Department),
                t.Tasks.OrderBy(x => x.Order).Select(x => x.DueOffsetDays).ToList()))
            .ToListAsync(ct);
    }

    /// <summary>The people a task can be given to by name.</summary>
    public async Task<IReadOnlyList<TaskOwnerOption>> PeopleAsync(CancellationToken ct = default)
    {
        await using var db = await dbFactory.CreateDbContextAsync(ct);
        return await db.People.AsNoTracking().OrderBy(p => p.Name).Select(p => new TaskOwnerOption(p.Id, p.Name)).ToListAsync(ct);
    }

    /// <summary>The departments positions are in, for the applies-to rule.</summary>
    public async Task<IReadOnlyList<string>> DepartmentsAsync(CancellationToken ct = default)
    {
        await using var db = await dbFactory.CreateDbContextAsync(ct);
        return await db.Positions.AsNoTracking().Select(p => p.Department).Distinct().OrderBy(d => d).ToListAsync(ct);
    }

    public async Task<Result<ChecklistTemplateSummary>> SaveAsync(SaveChecklistTemplate request, Actor actor, CancellationToken ct = default)
    {
        var validation = await validator.ValidateAsync(request, ct);
        if (!validation.IsValid)
        {
            return Problem.Invalid(validation.ToDictionary(), text["ChecklistInvalid"]);
        }

        try
        {
            return await StaleEdits.WriteAsync<ChecklistTemplateSummary>(dbFactory, text, (db, attemptCt) => SaveInTransactionAsync(db, request, actor, attemptCt), ct);
        }
        catch (DbUpdateException ex) when (ex.IsUniqueViolation())
        {
            // Another save took the name between our check and our write: the unique index refused ours.
            return Field(nameof(SaveChecklistTemplate.Name), text["NameTaken"]);
        }
    }

    public Task<Result<ChecklistTemplateSummary>> RetireAsync(Guid id, Guid version, Actor actor, CancellationToken ct = default) =>
        ChangeRetirementAsync(id, version, retire: true, actor, ct);

    public Task<Result<ChecklistTemplateSummary>> ReinstateAsync(Guid id, Guid version, Actor actor, CancellationToken ct = default) =>
        ChangeRetirementAsync(id, version, retire: false, actor, ct);

    private async Task<Result<ChecklistTemplateSummary>> SaveInTransactionAsync(HireHubDbContext db, SaveChecklistTemplate request, Actor actor, CancellationToken ct)
    {
        var name = request.Name.Trim();
        if (await db.OnboardingTemplates.AnyAsync(t => t.Name == name && t.Id != request.Id, ct))
        {
            return Field(nameof(SaveChecklistTemplate.Name), text["NameTaken"]);
        }

        var legalEntityId = Blank(request.LegalEntityId);
        if (legalEntityId is not null && !await db.LegalEntities.AnyAsync(e => e.Id == legalEntityId, ct))
        {
            return Field(nameof(SaveChecklistTemplate.LegalEntityId), text["LegalEntityUnknown"]);
        }

        var people = request.Tasks.Where(t => t.Owner == OnboardingOwner.Person).Select(t => t.OwnerPersonId!).Distinct().ToList();
        var known = await db.People.Where(p => people.Contains(p.Id)).Select(p => p.Id).ToListAsync(ct);
        if (people.Except(known).FirstOrDefault() is { } unknown)
        {
            var index = request.Tasks.FindIndex(t => t.Owner == OnboardingOwner.Person && t.OwnerPersonId == unknown);
            return Field($"{nameof(SaveChecklistTemplate.Tasks)}[{index}].{nameof(ChecklistTaskDraft.OwnerPersonId)}", text["TaskOwnerPersonUnknown"]);
        }

        OnboardingTemplate? template = null;
        object? before = null;
        if (request.Id is { } id)
        {
            template = await db.OnboardingTemplates.Include(t => t.Tasks).SingleOrDefaultAsync(t => t.Id == id, ct);
            if (template is null)
            {
                return Problem.NotFound(text["ChecklistNotFound"]);
            }

            if (StaleEdits.IsStale(template, request.Version))
            {
                return StaleEdits.Refusal(text);
            }

            before = AuditView(template);
        }

        template ??= db.OnboardingTemplates.Add(new OnboardingTemplate { Name = name, CreatedAt = time.GetUtcNow() }).Entity;
        template.Name = name;
        template.Description = Blank(request.Description);
        template.LegalEntityId = legalEntityId;
        template.WorkerType = request.WorkerType;
        template.Department = Blank(request.Department);
        ReplaceTasks(db, template, request.Tasks);
        // Only the tasks may have changed: the template's row is written anyway, so its version is checked and renewed.
        StaleEdits.Touch(template);

        AuditTrail.Record(db, time, actor, OnboardingAuditActions.TemplateSaved, nameof(OnboardingTemplate), template.Id.ToString(), before, AuditView(template));
        await db.SaveChangesAsync(ct);
        return Summary(template);
    }

    /// <summary>Tasks kept by id are edited in place (tasks already made from them keep their link); the rest come and go.</summary>
    private static void ReplaceTasks(HireHubDbContext db, OnboardingTemplate template, IReadOnlyList<ChecklistTaskDraft> drafts)
    {
        var kept = drafts.Where(d => d.Id is not null).Select(d => d.Id!.Value).ToHashSet();
        foreach (var removed in template.Tasks.Where(t => !kept.Contains(t.Id)).ToList())
        {
            template.Tasks.Remove(removed);
            db.OnboardingTemplateTasks.Remove(removed);
        }

        for (var order = 0; order < drafts.Count; order++)
        {
            var draft = drafts[order];
            var task = draft.Id is { } id ? template.Tasks.SingleOrDefault(t => t.Id == id) : null;
            if (task is null)
            {
                task = new OnboardingTemplateTask { TemplateId = template.Id, Title = "" };
                template.Tasks.Add(task);
                db.OnboardingTemplateTasks.Add(task);
            }

            task.Order = order;
            task.Title = draft.Title.Trim();
            task.Instruction = Blank(draft.Instruction);
            task.Owner = draft.Owner;
            task.OwnerPersonId = draft.Owner == OnboardingOwner.Person ? draft.OwnerPersonId : null;
            task.DueOffsetDays = draft.DueOffsetDays;
            task.RequiredBeforeStart = draft.RequiredBeforeStart;
        }
    }

    private async Task<Result<ChecklistTemplateSummary>> ChangeRetirementAsync(Guid id, Guid version, bool retire, Actor actor, CancellationToken ct) =>
        await StaleEdits.WriteAsync<ChecklistTemplateSummary>(dbFactory, text, async (db, attemptCt) =>
        {
            var template = await db.OnboardingTemplates.Include(t => t.Tasks).SingleOrDefaultAsync(t => t.Id == id, attemptCt);
            if (template is null)
            {
                return Problem.NotFound(text["ChecklistNotFound"]);
            }

            if (StaleEdits.IsStale(template, version))
            {
                return StaleEdits.Refusal(text);
            }

            var before = new { template.Name, template.RetiredAt };
            template.RetiredAt = retire ? time.GetUtcNow() : null;
            AuditTrail.Record(db, time, actor, retire ? OnboardingAuditActions.TemplateRetired : OnboardingAuditActions.TemplateReinstated,
                nameof(OnboardingTemplate), template.Id.ToString(), before, new { template.Name, template.RetiredAt });
            await db.SaveChangesAsync(attemptCt);
            return Summary(template);
        }, ct);

    private static ChecklistTemplateSummary Summary(OnboardingTemplate t) =>
        new(t.Id, t.Name, t.Description, new ChecklistAppliesTo(t.LegalEntityId, t.WorkerType, t.Department), t.Tasks.Count, t.RetiredAt, t.Version);

    private static object AuditView(OnboardingTemplate t) => new
    {
        t.Name,
        t.Description,
        t.LegalEntityId,
        WorkerType = t.WorkerType?.ToString(),
        t.Department,
        Tasks = t.Tasks.OrderBy(x => x.Order).Select(x => new { x.Title, Owner = x.Owner.ToString(), x.OwnerPersonId, x.DueOffsetDays, x.RequiredBeforeStart }).ToList(),
    };

    private static string? Blank(string? value) => string.IsNullOrWhiteSpace(value) ? null : value.Trim();

    private static Problem Field(string field, string message) => Problem.Invalid(new Dictionary<string, string[]> { [field] = [message] }, message);
}
