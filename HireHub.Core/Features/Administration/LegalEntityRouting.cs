using FluentValidation;
using HireHub.Core.Common;
using HireHub.Core.Data;
using HireHub.Core.Domain;
using HireHub.Core.Features.Audit;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;

namespace HireHub.Core.Features.Administration;

public sealed record NewRoutingRule(Guid ConnectionId, RoutingField Field, string Contains, string? LegalEntityId);

public sealed record RoutingRuleSummary(Guid Id, int Order, RoutingField Field, string Contains, string LegalEntityId);

/// <summary>A connection's routing: its rules in order and the default legal entity when none matches.</summary>
public sealed record LegalEntityRoutes(string? DefaultLegalEntityId, IReadOnlyList<RoutingRuleSummary> Rules)
{
    /// <summary>The first rule whose field contains its text (ignoring case) wins; otherwise the default.</summary>
    public string? Route(string? jobTitle, string? location) =>
        Rules.OrderBy(r => r.Order).FirstOrDefault(r => (r.Field == RoutingField.Location ? location : jobTitle)?.Contains(r.Contains, StringComparison.OrdinalIgnoreCase) == true)?.LegalEntityId
            ?? DefaultLegalEntityId;

    public static async Task<LegalEntityRoutes> LoadAsync(HireHubDbContext db, Guid connectionId, CancellationToken ct) => new(
        await db.AtsConnections.Where(c => c.Id == connectionId).Select(c => c.DefaultLegalEntityId).SingleOrDefaultAsync(ct),
        await db.LegalEntityRoutingRules.AsNoTracking().Where(r => r.ConnectionId == connectionId).OrderBy(r => r.Order)
            .Select(r => new RoutingRuleSummary(r.Id, r.Order, r.Field, r.Contains, r.LegalEntityId)).ToListAsync(ct));
}

public sealed class NewRoutingRuleValidator : AbstractValidator<NewRoutingRule>
{
    public NewRoutingRuleValidator(IStringLocalizer<CoreText> text, IDbContextFactory<HireHubDbContext> dbFactory)
    {
        RuleFor(r => r.Field).IsInEnum();
        RuleFor(r => r.Contains).NotEmpty().WithMessage(text["RoutingTextRequired"])
            .MaximumLength(LegalEntityRoutingRule.TextMaxLength).WithMessage(text["TooLong", LegalEntityRoutingRule.TextMaxLength]);
        RuleFor(r => r.LegalEntityId).NotEmpty().WithMessage(text["LegalEntityRequired"])
            .MustAsync(async (id, ct) =>
            {
                await using var db = await dbFactory.CreateDbContextAsync(ct);
                return await db.LegalEntities.AnyAsync(l => l.Id == id, ct);
            }).WithMessage(text["LegalEntityUnknown"]).When(r => !string.IsNullOrEmpty(r.LegalEntityId), ApplyConditionTo.CurrentValidator);
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

        await using var db = await dbFactory.CreateDbContextAsync(ct);
        if (!await db.AtsConnections.AnyAsync(c => c.Id == request.ConnectionId, ct))
        {
            return Problem.NotFound(text["ConnectionNotFound"]);
        }

        var order = (await db.LegalEntityRoutingRules.Where(r => r.ConnectionId == request.ConnectionId).MaxAsync(r => (int?)r.Order, ct) ?? 0) + 1;
        var rule = new LegalEntityRoutingRule { ConnectionId = request.ConnectionId, Order = order, Field = request.Field, Contains = request.Contains.Trim(), LegalEntityId = request.LegalEntityId! };
        db.LegalEntityRoutingRules.Add(rule);
        var summary = new RoutingRuleSummary(rule.Id, rule.Order, rule.Field, rule.Contains, rule.LegalEntityId);
        AuditTrail.Record(db, time, actor, AdminAuditActions.RoutingRuleAdded, nameof(LegalEntityRoutingRule), rule.Id.ToString(), null, summary);
        await db.SaveChangesAsync(ct);
        return summary;
    }

    public async Task DeleteAsync(Guid id, Actor actor, CancellationToken ct = default)
    {
        await using var db = await dbFactory.CreateDbContextAsync(ct);
        var rule = await db.LegalEntityRoutingRules.SingleOrDefaultAsync(r => r.Id == id, ct);
        if (rule is not null)
        {
            db.LegalEntityRoutingRules.Remove(rule);
            AuditTrail.Record(db, time, actor, AdminAuditActions.RoutingRuleDeleted, nameof(LegalEntityRoutingRule), id.ToString(),
                new RoutingRuleSummary(rule.Id, rule.Order, rule.Field, rule.Contains, rule.LegalEntityId), null);
            await db.SaveChangesAsync(ct);
        }
    }
}
