using FluentValidation;
using HireHub.Core.Common;
using HireHub.Core.Data;
using HireHub.Core.Domain;
using HireHub.Core.Features.Audit;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;

namespace HireHub.Core.Features.Administration;

/// <summary>A new role (no <see cref="Id"/>) or changes to one, based on the <see cref="Version"/> the page read.</summary>
public sealed record SaveSecurityRole(Guid? Id, string Name, SecurityPrivileges Privileges, Guid? Version = null);

public sealed record DeleteSecurityRole(Guid Id);

public sealed record SecurityRoleSummary(Guid Id, string Name, SecurityPrivileges Privileges, int AssignedTo, Guid Version);

public sealed class SaveSecurityRoleValidator : AbstractValidator<SaveSecurityRole>
{
    public SaveSecurityRoleValidator(IStringLocalizer<CoreText> text, IDbContextFactory<HireHubDbContext> dbFactory)
    {
        RuleFor(r => r.Name).NotEmpty().WithText(text, "NameRequired")
            .MaximumLength(SecurityRole.NameMaxLength).WithText(text, "TooLong", SecurityRole.NameMaxLength)
            .MustAsync(async (role, name, ct) =>
            {
                await using var db = await dbFactory.CreateDbContextAsync(ct);
                return !await db.SecurityRoles.AnyAsync(r => r.Name == name.Trim() && r.Id != role.Id, ct);
            }).WithText(text, "NameTaken");
        RuleFor(r => r.Privileges).Must(p => (p & ~SecurityPrivileges.All) == 0).WithText(text, "PrivilegesUnknown");
    }
}

public sealed class DeleteSecurityRoleValidator : AbstractValidator<DeleteSecurityRole>
{
    public DeleteSecurityRoleValidator(IStringLocalizer<CoreText> text, IDbContextFactory<HireHubDbContext> dbFactory) =>
        RuleFor(r => r.Id).MustAsync(async (id, ct) =>
        {
            await using var db = await dbFactory.CreateDbContextAsync(ct);
            return !await db.ApplicationUserRoles.AnyAsync(a => a.SecurityRoleId == id, ct);
        }).WithText(text, "RoleAssigned");
}

/// <summary>The Security roles page: named sets of privileges that application users get.</summary>
public sealed class SecurityRoleAdministration(
    IDbContextFactory<HireHubDbContext> dbFactory,
    IValidator<SaveSecurityRole> saveValidator,
    IValidator<DeleteSecurityRole> deleteValidator,
    IStringLocalizer<CoreText> text,
    TimeProvider time)
{
    public async Task<IReadOnlyList<SecurityRoleSummary>> ListAsync(CancellationToken ct = default)
    {
        await using var db = await dbFactory.CreateDbContextAsync(ct);
        return await db.SecurityRoles.AsNoTracking().OrderBy(r => r.Name)
            .Select(r => new SecurityRoleSummary(r.Id, r.Name, r.Privileges, db.ApplicationUserRoles.Count(a => a.SecurityRoleId == r.Id), r.Version))
            .ToListAsync(ct);
    }

    public async Task<Result<SecurityRoleSummary>> SaveAsync(SaveSecurityRole request, Actor actor, CancellationToken ct = default)
    {
        var validation = await saveValidator.ValidateAsync(request, ct);
        if (!validation.IsValid)
        {
            return AdminRules.Invalid(validation, text["AdminInvalid"]);
        }

        return await StaleEdits.WriteAsync<SecurityRoleSummary>(dbFactory, text, async (db, attemptCt) =>
        {
            SecurityRole? role = null;
            object? before = null;
            if (request.Id is { } id)
            {
                role = await db.SecurityRoles.SingleOrDefaultAsync(r => r.Id == id, attemptCt);
                if (role is null)
                {
                    return Problem.NotFound(text["RoleNotFound"]);
                }

                if (StaleEdits.IsStale(role, request.Version))
                {
                    return StaleEdits.Refusal(text);
                }

                before = new { role.Name, Privileges = role.Privileges.ToString() };
            }

            role ??= db.SecurityRoles.Add(new SecurityRole { Name = request.Name }).Entity;
            role.Name = request.Name.Trim();
            role.Privileges = request.Privileges;
            AuditTrail.Record(db, time, actor, AdminAuditActions.SecurityRoleSaved, nameof(SecurityRole), role.Id.ToString(), before, new { role.Name, Privileges = role.Privileges.ToString() });
            await db.SaveChangesAsync(attemptCt);
            return new SecurityRoleSummary(role.Id, role.Name, role.Privileges, await db.ApplicationUserRoles.CountAsync(a => a.SecurityRoleId == role.Id, attemptCt), role.Version);
        }, ct);
    }

    /// <param name="version">The <see cref="SecurityRoleSummary.Version"/> the administrator's page read.</param>
    public async Task<Result<bool>> DeleteAsync(Guid id, Guid version, Actor actor, CancellationToken ct = default)
    {
        var validation = await deleteValidator.ValidateAsync(new DeleteSecurityRole(id), ct);
        if (!validation.IsValid)
        {
            return Problem.Conflict(validation.Errors[0].ErrorMessage);
        }

        return await StaleEdits.WriteAsync<bool>(dbFactory, text, async (db, attemptCt) =>
        {
            var role = await db.SecurityRoles.SingleOrDefaultAsync(r => r.Id == id, attemptCt);
            if (role is null)
            {
                return Problem.NotFound(text["RoleNotFound"]);
            }

            if (StaleEdits.IsStale(role, version))
            {
                return StaleEdits.Refusal(text);
            }

            db.SecurityRoles.Remove(role);
            AuditTrail.Record(db, time, actor, AdminAuditActions.SecurityRoleDeleted, nameof(SecurityRole), id.ToString(), new { role.Name, Privileges = role.Privileges.ToString() }, null);
            return true;
        }, ct);
    }
}
