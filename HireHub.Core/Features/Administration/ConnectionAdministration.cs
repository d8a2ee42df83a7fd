using FluentValidation;
using HireHub.Core.Common;
using HireHub.Core.Data;
using HireHub.Core.Domain;
using HireHub.Core.Features.Audit;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;

namespace HireHub.Core.Features.Administration;

public sealed record NewConnection(string Name, string Provider, string ClientId, string? DefaultLegalEntityId, string DefaultPhoneRegion);

/// <summary>A connection as the Integrations page shows it; <see cref="Version"/> is what an edit based on this read must still find.</summary>
public sealed record ConnectionSummary(Guid Id, string Name, string Provider, Guid ClientId, ConnectionStatus Status, string? DefaultLegalEntityId, string DefaultPhoneRegion, Guid Version);

/// <summary>A request to link a connection: refused while no application user with its client ID may write.</summary>
public sealed record LinkConnection(Guid ConnectionId);

public sealed class NewConnectionValidator : AbstractValidator<NewConnection>
{
    public NewConnectionValidator(IStringLocalizer<CoreText> text, IDbContextFactory<HireHubDbContext> dbFactory)
    {
        RuleFor(c => c.Name).NotEmpty().WithText(text, "NameRequired").MaximumLength(100).WithText(text, "TooLong", 100)
            .MustAsync(async (name, ct) =>
            {
                await using var db = await dbFactory.CreateDbContextAsync(ct);
                return !await db.AtsConnections.AnyAsync(c => c.Name == name, ct);
            }).WithText(text, "NameTaken");
        RuleFor(c => c.Provider).Must(AdminRules.Providers.Contains).WithText(text, "ProviderUnknown");
        RuleFor(c => c.ClientId).ClientIdFormat(text)
            .Equal(ReferenceData.LinkedInClientId.ToString()).WithText(text, "LinkedInClientId", ReferenceData.LinkedInClientId)
            .When(c => c.Provider == AdminRules.LinkedInTalentHub && AdminRules.IsGuid(c.ClientId), ApplyConditionTo.CurrentValidator);
        RuleFor(c => c.DefaultLegalEntityId).NotEmpty().WithText(text, "LegalEntityRequired")
            .MustAsync(async (id, ct) =>
            {
                await using var db = await dbFactory.CreateDbContextAsync(ct);
                return await db.LegalEntities.AnyAsync(l => l.Id == id, ct);
            }).WithText(text, "LegalEntityUnknown").When(c => !string.IsNullOrEmpty(c.DefaultLegalEntityId), ApplyConditionTo.CurrentValidator);
        RuleFor(c => c.DefaultPhoneRegion).Must(r => r is { Length: 2 } && PhoneNumbers.PhoneNumberUtil.GetInstance().GetSupportedRegions().Contains(r))
            .WithText(text, "PhoneRegionUnknown");
    }
}

public sealed class LinkConnectionValidator : AbstractValidator<LinkConnection>
{
    public LinkConnectionValidator(IStringLocalizer<CoreText> text, IDbContextFactory<HireHubDbContext> dbFactory)
    {
        RuleFor(l => l.ConnectionId).MustAsync(async (id, ct) =>
        {
            await using var db = await dbFactory.CreateDbContextAsync(ct);
            var clientId = await db.AtsConnections.Where(c => c.Id == id).Select(c => c.ClientId).SingleOrDefaultAsync(ct);
            return await db.ApplicationUsers.AnyAsync(
                u => u.ClientId == clientId && u.Roles.Any(r => (r.SecurityRole!.Privileges & SecurityPrivileges.WriteExportedCandidates) != 0), ct);
        }).WithText(text, "LinkNeedsWriter");
    }
}

/// <summary>The Integrations page: ATS connections, added unlinked, then linked and unlinked by an administrator.</summary>
public sealed class ConnectionAdministration(
    IDbContextFactory<HireHubDbContext> dbFactory,
    IValidator<NewConnection> newValidator,
    IValidator<LinkConnection> linkValidator,
    IStringLocalizer<CoreText> text,
    TimeProvider time)
{
    public async Task<IReadOnlyList<ConnectionSummary>> ListAsync(CancellationToken ct = default)
    {
        await using var db = await dbFactory.CreateDbContextAsync(ct);
        return await db.AtsConnections.AsNoTracking().OrderBy(c => c.Name)
            .Select(c => new ConnectionSummary(c.Id, c.Name, c.Provider, c.ClientId, c.Status, c.DefaultLegalEntityId, c.DefaultPhoneRegion, c.Version))
            .ToListAsync(ct);
    }

    public async Task<Result<ConnectionSummary>> AddAsync(NewConnection request, Actor actor, CancellationToken ct = default)
    {
        var validation = await newValidator.ValidateAsync(request, ct);
        if (!validation.IsValid)
        {
            return AdminRules.Invalid(validation, text["AdminInvalid"]);
        }

        await using var db = await dbFactory.CreateDbContextAsync(ct);
        var connection = new AtsConnection
        {
            Name = request.Name.Trim(),
            Provider = request.Provider,
            ClientId = Guid.Parse(request.ClientId),
            DefaultLegalEntityId = request.DefaultLegalEntityId,
            DefaultPhoneRegion = request.DefaultPhoneRegion,
            Status = ConnectionStatus.Unlinked,
        };
        db.AtsConnections.Add(connection);
        AuditTrail.Record(db, time, actor, AdminAuditActions.ConnectionAdded, nameof(AtsConnection), connection.Id.ToString(), null, Audited(connection));
        await db.SaveChangesAsync(ct);
        return Summary(connection);
    }

    /// <param name="version">The <see cref="ConnectionSummary.Version"/> the administrator's page read.</param>
    public async Task<Result<ConnectionSummary>> LinkAsync(Guid id, Guid version, Actor actor, CancellationToken ct = default)
    {
        var validation = await linkValidator.ValidateAsync(new LinkConnection(id), ct);
        if (!validation.IsValid)
        {
            return AdminRules.Invalid(validation, validation.Errors[0].ErrorMessage);
        }

        return await SetStatusAsync(id, version, ConnectionStatus.Linked, AdminAuditActions.ConnectionLinked, actor, ct);
    }

    /// <summary>Blocks the ATS's writes at once (the registry reads the status on every call); nothing imported is touched.</summary>
    public Task<Result<ConnectionSummary>> UnlinkAsync(Guid id, Guid version, Actor actor, CancellationToken ct = default) =>
        SetStatusAsync(id, version, ConnectionStatus.Unlinked, AdminAuditActions.ConnectionUnlinked, actor, ct);

    private Task<Result<ConnectionSummary>> SetStatusAsync(Guid id, Guid version, ConnectionStatus status, string action, Actor actor, CancellationToken ct) =>
        StaleEdits.WriteAsync<ConnectionSummary>(dbFactory, text, async (db, attemptCt) =>
        {
            var connection = await db.AtsConnections.SingleOrDefaultAsync(c => c.Id == id, attemptCt);
            if (connection is null)
            {
                return Problem.NotFound(text["ConnectionNotFound"]);
            }

            if (StaleEdits.IsStale(connection, version))
            {
                return StaleEdits.Refusal(text);
            }

            var before = Audited(connection);
            connection.Status = status;
            AuditTrail.Record(db, time, actor, action, nameof(AtsConnection), id.ToString(), before, Audited(connection));
            await db.SaveChangesAsync(attemptCt);
            return Summary(connection);
        }, ct);

    private static ConnectionSummary Summary(AtsConnection c) =>
        new(c.Id, c.Name, c.Provider, c.ClientId, c.Status, c.DefaultLegalEntityId, c.DefaultPhoneRegion, c.Version);

    // The version is the database's bookkeeping, not something an administrator changed.
    private static object Audited(AtsConnection c) => new { c.Id, c.Name, c.Provider, c.ClientId, c.Status, c.DefaultLegalEntityId, c.DefaultPhoneRegion };
}
