using FluentValidation;
using HireHub.Core.Common;
using HireHub.Core.Data;
using HireHub.Core.Domain;
using HireHub.Core.Features.Audit;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;

namespace HireHub.Core.Features.Administration;

/// <summary>A rule to add at the end of a connection's list, based on the <see cref="LegalEntityRoutes.ConnectionVersion"/> the page read.</summary>
public sealed record NewRoutingRule(Guid ConnectionId, RoutingField Field, string Contains, string? LegalEntityId, Guid ConnectionVersion);

public sealed record RoutingRuleSummary(Guid Id, int Order, RoutingField Field, string Contains, string LegalEntityId);

/// <summary>
/// A connection's routing: its rules in order and the default legal entity when none matches. The rules are edited
/// as part of their connection, so <see cref="ConnectionVersion"/> is what an edit of them must still find.
/// </summary>
public sealed record LegalEntityRoutes(string? DefaultLegalEntityId, IReadOnlyList<RoutingRuleSummary> Rules, Guid ConnectionVersion = default)
{
    /// <summary>The first rule whose field contains its text (ignoring case) wins; otherwise the default.</summary>
    public string? Route(string? jobTitle, string? location) =>
        Rules.OrderBy(r => r.Order).FirstOrDefault(r => (r.Field == RoutingField.Location ? location : jobTitle)?.Contains(r.Contains, StringComparison.OrdinalIgnoreCase) == true)?.LegalEntityId
            ?? DefaultLegalEntityId;

    public static async Task<LegalEntityRoutes> LoadAsync(HireHubDbContext db, Guid connectionId, CancellationToken ct)
    {
        var connection = await db.AtsConnections.Where(c => c.Id == connectionId).Select(c => new { c.DefaultLegalEntityId, c.Version }).SingleOrDefaultAsync(ct);
        var rules = await db.LegalEntityRoutingRules.AsNoTracking().Where(r => r.ConnectionId == connectionId).OrderBy(r => r.Order)
            .Select(r => new RoutingRuleSummary(r.Id, r.Order, r.Field, r.Contains, r.LegalEntityId)).ToListAsync(ct);
        return new(connection?.DefaultLegalEntityId, rules, connection?.Version ?? Guid.Empty);
    }
}

public sealed class NewRoutingRuleValidator : AbstractValidator<NewRoutingRule>
{
    public NewRoutingRuleValidator(IStringLocalizer<CoreText> text, IDbContextFactory<HireHubDbContext> dbFactory)
    {
        RuleFor(r => r.Field).IsInEnum().WithTextName(text, "RoutingFieldName");
        RuleFor(r => r.Contains).NotEmpty().WithText(text, "RoutingTextRequired")
            .MaximumLength(LegalEntityRoutingRule.TextMaxLength).WithText(text, "TooLong", LegalEntityRoutingRule.TextMaxLength);
        RuleFor(r => r.LegalEntityId).NotEmpty().WithText(text, "LegalEntityRequired")
            .MustAsync(async (id, ct) =>
            {
                await using var db = await dbFactory.CreateDbContextAsync(ct);
                return await db.LegalEntities.AnyAsync(l => l.Id == id, ct);
            }).WithText(text, "LegalEntityUnknown").When(r => !string.IsNullOrEmpty(r.LegalEntityId), ApplyConditionTo.CurrentValidator);
    }
}

/// <summary>The routing rules of a connection: added at the end of its list, removed one by one, each change audited.</summary>
public sealed class RoutingRuleAdministration(
    IDbContextFactory<HireHubDbContext> dbFactory,
    IValidator<NewRoutingRule> validator,
    IStringLocalizer<CoreText> text,
    TimeProvider time)
{
    public async Task<LegalEntityRoutes> ListAsync(Guid connectionId, CancellationToken ct = default)
    {
        await using var db = await dbFactory.CreateDbContextAsync(ct);
        return await LegalEntityRoutes.LoadAsync(db, connectionId, ct);
    }

    public async Task<Result<RoutingRuleSummary>> AddAsync(NewRoutingRule request, Actor actor, CancellationToken ct = default)
    {
        var validation = await validator.ValidateAsync(request, ct);
        if (!validation.IsValid)
        {
            return AdminRules.Invalid(validation, text["AdminInvalid"]);
        }

        return await StaleEdits.WriteAsync<RoutingRuleSummary>(dbFactory, text, async (db, attemptCt) =>
        {
            var connection = await db.AtsConnections.SingleOrDefaultAsync(c => c.Id == request.ConnectionId, attemptCt);
            if (connection is null)
            {
                return Problem.NotFound(text["ConnectionNotFound"]);
            }

            // Two administrators adding at once would both take the next order; the connection's version lets one through.
            if (StaleEdits.IsStale(connection, request.ConnectionVersion))
            {
                return StaleEdits.Refusal(text);
            }

            var order = (await db.LegalEntityRoutingRules.Where(r => r.ConnectionId == request.ConnectionId).MaxAsync(r => (int?)r.Order, attemptCt) ?? 0) + 1;
            var rule = new LegalEntityRoutingRule { ConnectionId = request.ConnectionId, Order = order, Field = request.Field, Contains = request.Contains.Trim(), LegalEntityId = request.LegalEntityId! };
            db.LegalEntityRoutingRules.Add(rule);
            var summary = new RoutingRuleSummary(rule.Id, rule.Order, rule.Field, rule.Contains, rule.LegalEntityId);
            StaleEdits.Touch(connection);
            AuditTrail.Record(db, time, actor, AdminAuditActions.RoutingRuleAdded, nameof(LegalEntityRoutingRule), rule.Id.ToString(), null, summary);
            return summary;
        }, ct);
    }

    /// <param name="connectionVersion">The <see cref="LegalEntityRoutes.ConnectionVersion"/> the administrator's page read.</param>
    public Task<Result<bool>> DeleteAsync(Guid id, Guid connectionVersion, Actor actor, CancellationToken ct = default) =>
        StaleEdits.WriteAsync<bool>(dbFactory, text, async (db, attemptCt) =>
        {
            var rule = await db.LegalEntityRoutingRules.SingleOrDefaultAsync(r => r.Id == id, attemptCt);
            var connection = rule is null ? null : await db.AtsConnections.SingleAsync(c => c.Id == rule.ConnectionId, attemptCt);

            // A rule the page listed and that is gone was removed by someone else.
            if (rule is null || StaleEdits.IsStale(connection!, connectionVersion))
            {
                return StaleEdits.Refusal(text);
            }

            db.LegalEntityRoutingRules.Remove(rule);
            StaleEdits.Touch(connection!);
            AuditTrail.Record(db, time, actor, AdminAuditActions.RoutingRuleDeleted, nameof(LegalEntityRoutingRule), id.ToString(),
                new RoutingRuleSummary(rule.Id, rule.Order, rule.Field, rule.Contains, rule.LegalEntityId), null);
            return true;
        }, ct);
}
