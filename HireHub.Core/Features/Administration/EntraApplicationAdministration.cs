using FluentValidation;
using HireHub.Core.Common;
using HireHub.Core.Data;
using HireHub.Core.Domain;
using HireHub.Core.Features.Audit;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;

namespace HireHub.Core.Features.Administration;

/// <summary>A new Entra application (no <see cref="Id"/>) or changes to one, based on the <see cref="Version"/> the page read.</summary>
public sealed record SaveEntraApplication(Guid? Id, string ClientId, string Name, string? ActingPersonId, Guid? Version = null);

public sealed record EntraApplicationSummary(Guid Id, Guid ClientId, string Name, string? ActingPersonId, string? ActingPersonName, Guid Version);

public sealed record PersonWhoMayAct(string Id, string Name);

public sealed class SaveEntraApplicationValidator : AbstractValidator<SaveEntraApplication>
{
    public SaveEntraApplicationValidator(IStringLocalizer<CoreText> text, IDbContextFactory<HireHubDbContext> dbFactory)
    {
        RuleFor(a => a.ClientId).ClientIdFormat(text)
            .MustAsync(async (app, clientId, ct) =>
            {
                await using var db = await dbFactory.CreateDbContextAsync(ct);
                var id = Guid.Parse(clientId);
                return !await db.EntraApplications.AnyAsync(a => a.ClientId == id && a.Id != app.Id, ct);
            }).WithText(text, "ClientIdTaken").When(a => AdminRules.IsGuid(a.ClientId), ApplyConditionTo.CurrentValidator);
        RuleFor(a => a.Name).NotEmpty().WithText(text, "NameRequired")
            .MaximumLength(EntraApplication.NameMaxLength).WithText(text, "TooLong", EntraApplication.NameMaxLength);
        RuleFor(a => a.ActingPersonId).NotEmpty().WithText(text, "ActingUserRequired")
            .MustAsync(async (id, ct) =>
            {
                await using var db = await dbFactory.CreateDbContextAsync(ct);
                var person = await db.People.AsNoTracking().SingleOrDefaultAsync(p => p.Id == id, ct);
                return person is not null && person.Holds(HireHubPerson.HrRole);
            }).WithText(text, "ActingUserNotHr").When(a => !string.IsNullOrEmpty(a.ActingPersonId), ApplyConditionTo.CurrentValidator);
    }
}

/// <summary>The Entra applications page: each application's client ID and the HR person its writes are recorded for.</summary>
public sealed class EntraApplicationAdministration(
    IDbContextFactory<HireHubDbContext> dbFactory,
    IValidator<SaveEntraApplication> validator,
    IStringLocalizer<CoreText> text,
    TimeProvider time)
{
    public async Task<IReadOnlyList<EntraApplicationSummary>> ListAsync(CancellationToken ct = default)
    {
        await using var db = await dbFactory.CreateDbContextAsync(ct);
        return await db.EntraApplications.AsNoTracking().OrderBy(a => a.Name)
            .Select(a => new EntraApplicationSummary(a.Id, a.ClientId, a.Name, a.ActingPersonId, a.ActingPerson!.Name, a.Version))
            .ToListAsync(ct);
    }

    /// <summary>The people an application may act for: those who hold HR.</summary>
    public async Task<IReadOnlyList<PersonWhoMayAct>> PeopleWhoMayActAsync(CancellationToken ct = default)
    {
        await using var db = await dbFactory.CreateDbContextAsync(ct);
        var people = await db.People.AsNoTracking().OrderBy(p => p.Name).ToListAsync(ct);
        return people.Where(p => p.Holds(HireHubPerson.HrRole)).Select(p => new PersonWhoMayAct(p.Id, p.Name)).ToList();
    }

    public async Task<Result<Guid>> SaveAsync(SaveEntraApplication request, Actor actor, CancellationToken ct = default)
    {
        var validation = await validator.ValidateAsync(request, ct);
        if (!validation.IsValid)
        {
            return AdminRules.Invalid(validation, text["AdminInvalid"]);
        }

        return await StaleEdits.WriteAsync<Guid>(dbFactory, text, async (db, attemptCt) =>
        {
            EntraApplication? app = null;
            object? before = null;
            if (request.Id is { } id)
            {
                app = await db.EntraApplications.SingleOrDefaultAsync(a => a.Id == id, attemptCt);
                if (app is null)
                {
                    return Problem.NotFound(text["EntraApplicationNotFound"]);
                }

                if (StaleEdits.IsStale(app, request.Version))
                {
                    return StaleEdits.Refusal(text);
                }

                before = new { app.ClientId, app.Name, app.ActingPersonId };
            }

            app ??= db.EntraApplications.Add(new EntraApplication { Name = "" }).Entity;
            app.ClientId = Guid.Parse(request.ClientId);
            app.Name = request.Name.Trim();
            app.ActingPersonId = request.ActingPersonId;
            AuditTrail.Record(db, time, actor, AdminAuditActions.EntraApplicationSaved, nameof(EntraApplication), app.Id.ToString(), before, new { app.ClientId, app.Name, app.ActingPersonId });
            return app.Id;
        }, ct);
    }
}
