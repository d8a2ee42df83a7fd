using FluentValidation;
using HireHub.Core.Common;
using HireHub.Core.Data;
using HireHub.Core.Domain;
using HireHub.Core.Features.Audit;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;

namespace HireHub.Core.Features.Administration;

/// <summary>A new application user (no <see cref="Id"/>) or changes to one, based on the <see cref="Version"/> the page read.</summary>
public sealed record SaveApplicationUser(Guid? Id, string UserName, string ClientId, string FirstName, string LastName, string? PrimaryEmail, Guid ConnectionId, Guid? Version = null);

public sealed record ApplicationUserSummary(
    Guid Id, string UserName, Guid ClientId, string FirstName, string LastName, string? PrimaryEmail,
    Guid ConnectionId, string ConnectionName, IReadOnlyList<Guid> RoleIds, IReadOnlyList<string> RoleNames, Guid Version);

public sealed class SaveApplicationUserValidator : AbstractValidator<SaveApplicationUser>
{
    public SaveApplicationUserValidator(IStringLocalizer<CoreText> text, IDbContextFactory<HireHubDbContext> dbFactory)
    {
        RuleFor(u => u.UserName).NotEmpty().WithText(text, "NameRequired")
            .MaximumLength(ApplicationUser.UserNameMaxLength).WithText(text, "TooLong", ApplicationUser.UserNameMaxLength);
        RuleFor(u => u.ClientId).ClientIdFormat(text)
            .MustAsync(async (user, clientId, ct) =>
            {
                await using var db = await dbFactory.CreateDbContextAsync(ct);
                var id = Guid.Parse(clientId);
                return !await db.ApplicationUsers.AnyAsync(u => u.ClientId == id && u.Id != user.Id, ct);
            }).WithText(text, "ClientIdTaken").When(u => AdminRules.IsGuid(u.ClientId), ApplyConditionTo.CurrentValidator);
        RuleFor(u => u.FirstName).NotEmpty().WithText(text, "FirstNameRequired")
            .MaximumLength(PersonName.MaxLength).WithText(text, "TooLong", PersonName.MaxLength);
        RuleFor(u => u.LastName).NotEmpty().WithText(text, "LastNameRequired")
            .MaximumLength(PersonName.MaxLength).WithText(text, "TooLong", PersonName.MaxLength);
        RuleFor(u => u.PrimaryEmail).Rule(text);
        RuleFor(u => u.ConnectionId).NotEmpty().WithText(text, "ConnectionRequired").DependentRules(() =>
            RuleFor(u => u.ConnectionId).MustAsync(async (id, ct) =>
            {
                await using var db = await dbFactory.CreateDbContextAsync(ct);
                return await db.AtsConnections.AnyAsync(c => c.Id == id, ct);
            }).WithText(text, "ConnectionNotFound"));
    }
}

/// <summary>The Application users page: the non-interactive users ATSs sign in as, and the roles they hold.</summary>
public sealed class ApplicationUserAdministration(
    IDbContextFactory<HireHubDbContext> dbFactory,
    IValidator<SaveApplicationUser> validator,
    IStringLocalizer<CoreText> text,
    TimeProvider time)
{
    /// <summary>Like the product's "Application users" view: only application users, filtered by name, e-mail or client ID.</summary>
    public async Task<IReadOnlyList<ApplicationUserSummary>> ListAsync(string? search = null, CancellationToken ct = default)
    {
        await using var db = await dbFactory.CreateDbContextAsync(ct);
        var users = db.ApplicationUsers.AsNoTracking();
        if (!string.IsNullOrWhiteSpace(search))
        {
            var term = search.Trim();
            users = Guid.TryParse(term, out var clientId)
                ? users.Where(u => u.ClientId == clientId)
                : users.Where(u => u.UserName.Contains(term) || u.FirstName.Contains(term) || u.LastName.Contains(term) || (u.PrimaryEmail ?? "").Contains(term));
        }

        return await users.OrderBy(u => u.UserName)
            .Select(u => new ApplicationUserSummary(u.Id, u.UserName, u.ClientId, u.FirstName, u.LastName, u.PrimaryEmail, u.ConnectionId, u.Connection!.Name,
                u.Roles.Select(r => r.SecurityRoleId).ToList(), u.Roles.Select(r => r.SecurityRole!.Name).ToList(), u.Version))
            .ToListAsync(ct);
    }

    public async Task<Result<Guid>> SaveAsync(SaveApplicationUser request, Actor actor, CancellationToken ct = default)
    {
        var validation = await validator.ValidateAsync(request, ct);
        if (!validation.IsValid)
        {
            return AdminRules.Invalid(validation, text["AdminInvalid"]);
        }

        return await StaleEdits.WriteAsync<Guid>(dbFactory, text, async (db, attemptCt) =>
        {
            ApplicationUser? user = null;
            object? before = null;
            if (request.Id is { } id)
            {
                user = await db.ApplicationUsers.SingleOrDefaultAsync(u => u.Id == id, attemptCt);
                if (user is null)
                {
                    return Problem.NotFound(text["ApplicationUserNotFound"]);
                }

                if (StaleEdits.IsStale(user, request.Version))
                {
                    return StaleEdits.Refusal(text);
                }

                before = Snapshot(user);
            }

            user ??= db.ApplicationUsers.Add(new ApplicationUser { UserName = "", FirstName = "", LastName = "" }).Entity;
            user.UserName = request.UserName.Trim();
            user.ClientId = Guid.Parse(request.ClientId);
            user.FirstName = request.FirstName.Trim();
            user.LastName = request.LastName.Trim();
            user.PrimaryEmail = string.IsNullOrWhiteSpace(request.PrimaryEmail) ? null : request.PrimaryEmail.Trim();
            user.ConnectionId = request.ConnectionId;
            AuditTrail.Record(db, time, actor, AdminAuditActions.ApplicationUserSaved, nameof(ApplicationUser), user.Id.ToString(), before, Snapshot(user));
            return user.Id;
        }, ct);
    }

    /// <summary>Manage roles: the user holds exactly <paramref name="roleIds"/> afterwards.</summary>
    /// <param name="version">The <see cref="ApplicationUserSummary.Version"/> the administrator's page read.</param>
    public Task<Result<bool>> SetRolesAsync(Guid userId, Guid version, IReadOnlyCollection<Guid> roleIds, Actor actor, CancellationToken ct = default) =>
        StaleEdits.WriteAsync<bool>(dbFactory, text, async (db, attemptCt) =>
        {
            var user = await db.ApplicationUsers.Include(u => u.Roles).SingleOrDefaultAsync(u => u.Id == userId, attemptCt);
            if (user is null)
            {
                return Problem.NotFound(text["ApplicationUserNotFound"]);
            }

            if (StaleEdits.IsStale(user, version))
            {
                return StaleEdits.Refusal(text);
            }

            var known = await db.SecurityRoles.Where(r => roleIds.Contains(r.Id)).Select(r => r.Id).ToListAsync(attemptCt);
            if (known.Count != roleIds.Distinct().Count())
            {
                return Problem.NotFound(text["RoleNotFound"]);
            }

            var before = user.Roles.Select(r => r.SecurityRoleId).Order().ToList();
            user.Roles.RemoveAll(r => !known.Contains(r.SecurityRoleId));
            user.Roles.AddRange(known.Where(id => user.Roles.All(r => r.SecurityRoleId != id)).Select(id => new ApplicationUserRole { ApplicationUserId = userId, SecurityRoleId = id }));
            StaleEdits.Touch(user);
            AuditTrail.Record(db, time, actor, AdminAuditActions.ApplicationUserRolesChanged, nameof(ApplicationUser), userId.ToString(), before, known.Order().ToList());
            return true;
        }, ct);

    private static object Snapshot(ApplicationUser u) => new { u.UserName, u.ClientId, u.FirstName, u.LastName, u.PrimaryEmail, u.ConnectionId };
}
