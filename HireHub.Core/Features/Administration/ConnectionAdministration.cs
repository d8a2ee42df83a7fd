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

/// <summary>
/// Changes to a connection, based on the <see cref="Version"/> the page read. Its provider and client ID stay: the
/// application user and Entra application are found by that client ID, so another ATS is another connection.
/// </summary>
public sealed record EditConnection(Guid Id, string Name, string? DefaultLegalEntityId, string DefaultPhoneRegion, Guid Version);

/// <summary>A request to link a connection: refused while no application user with its client ID may write.</summary>
public sealed record LinkConnection(Guid ConnectionId);

/// <summary>The Integrations page: ATS connections, added unlinked, then linked and unlinked by an administrator.</summary>
public sealed class ConnectionAdministration(
    IDbContextFactory<HireHubDbContext> dbFactory,
    IValidator<NewConnection> newValidator,
    IValidator<EditConnection> editValidator,
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

    /// <summary>Renames a connection or changes its defaults; refused, changing nothing, when someone changed it since the page read it.</summary>
    public async Task<Result<ConnectionSummary>> EditAsync(EditConnection request, Actor actor, CancellationToken ct = default)
    {
        var validation = await editValidator.ValidateAsync(request, ct);
        if (!validation.IsValid)
        {
            return AdminRules.Invalid(validation, text["AdminInvalid"]);
        }

        return await StaleEdits.WriteAsync<ConnectionSummary>(dbFactory, text, async (db, attemptCt) =>
        {
            var connection = await db.AtsConnections.SingleOrDefaultAsync(c => c.Id == request.Id, attemptCt);
            if (connection is null)
            {
                return Problem.NotFound(text["ConnectionNotFound"]);
            }

            if (StaleEdits.IsStale(connection, request.Version))
            {
                return StaleEdits.Refusal(text);
            }

            var before = Audited(connection);
            connection.Name = request.Name.Trim();
            connection.DefaultLegalEntityId = request.DefaultLegalEntityId;
            connection.DefaultPhoneRegion = request.DefaultPhoneRegion;
            AuditTrail.Record(db, time, actor, AdminAuditActions.ConnectionEdited, nameof(AtsConnection), connection.Id.ToString(), before, Audited(connection));
            await db.SaveChangesAsync(attemptCt);
            return Summary(connection);
        }, ct);
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
