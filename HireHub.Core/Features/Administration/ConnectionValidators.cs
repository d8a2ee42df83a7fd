using FluentValidation;
using HireHub.Core.Common;
using HireHub.Core.Data;
using HireHub.Core.Domain;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;

namespace HireHub.Core.Features.Administration;

public sealed class NewConnectionValidator : AbstractValidator<NewConnection>
{
    public NewConnectionValidator(IStringLocalizer<CoreText> text, IDbContextFactory<HireHubDbContext> dbFactory)
    {
        RuleFor(c => c.Provider).Must(AdminRules.Providers.Contains).WithText(text, "ProviderUnknown");
        RuleFor(c => c.Name).ConnectionName(text, dbFactory, _ => null);
        RuleFor(c => c.ClientId).ClientIdFormat(text)
            .Equal(ReferenceData.LinkedInClientId.ToString()).WithText(text, "LinkedInClientId", ReferenceData.LinkedInClientId)
            .When(c => c.Provider == AdminRules.LinkedInTalentHub && AdminRules.IsGuid(c.ClientId), ApplyConditionTo.CurrentValidator);
        RuleFor(c => c.DefaultLegalEntityId).KnownLegalEntity(text, dbFactory);
        RuleFor(c => c.DefaultPhoneRegion).PhoneRegion(text);
    }
}

public sealed class EditConnectionValidator : AbstractValidator<EditConnection>
{
    public EditConnectionValidator(IStringLocalizer<CoreText> text, IDbContextFactory<HireHubDbContext> dbFactory)
    {
        RuleFor(c => c.Name).ConnectionName(text, dbFactory, c => c.Id)
            .MustAsync(async (edit, name, ct) =>
            {
                // Start-up finds LinkedIn Talent Hub and Manual entry by name: renamed, they would be created again.
                await using var db = await dbFactory.CreateDbContextAsync(ct);
                var current = await db.AtsConnections.Where(c => c.Id == edit.Id).Select(c => c.Name).SingleOrDefaultAsync(ct);
                return current is not (ReferenceData.LinkedInConnectionName or ReferenceData.ManualEntryConnectionName) || current == name.Trim();
            }).WithText(text, "ReferenceConnectionRenamed");
        RuleFor(c => c.DefaultLegalEntityId).KnownLegalEntity(text, dbFactory);
        RuleFor(c => c.DefaultPhoneRegion).PhoneRegion(text);
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

/// <summary>The rules a new connection and an edited one share.</summary>
internal static class ConnectionRules
{
    public static IRuleBuilderOptions<T, string> ConnectionName<T>(
        this IRuleBuilder<T, string> rule, IStringLocalizer<CoreText> text, IDbContextFactory<HireHubDbContext> dbFactory, Func<T, Guid?> self) =>
        rule.NotEmpty().WithText(text, "NameRequired").MaximumLength(100).WithText(text, "TooLong", 100)
            .MustAsync(async (request, name, ct) =>
            {
                await using var db = await dbFactory.CreateDbContextAsync(ct);
                var id = self(request);
                return !await db.AtsConnections.AnyAsync(c => c.Name == name.Trim() && c.Id != id, ct);
            }).WithText(text, "NameTaken");

    public static IRuleBuilderOptions<T, string?> KnownLegalEntity<T>(
        this IRuleBuilder<T, string?> rule, IStringLocalizer<CoreText> text, IDbContextFactory<HireHubDbContext> dbFactory) =>
        rule.NotEmpty().WithText(text, "LegalEntityRequired")
            .MustAsync(async (id, ct) =>
            {
                if (string.IsNullOrEmpty(id))
                {
                    return true; // said by the rule above
                }

                await using var db = await dbFactory.CreateDbContextAsync(ct);
                return await db.LegalEntities.AnyAsync(l => l.Id == id, ct);
            }).WithText(text, "LegalEntityUnknown");

    public static IRuleBuilderOptions<T, string> PhoneRegion<T>(this IRuleBuilder<T, string> rule, IStringLocalizer<CoreText> text) =>
        rule.Must(PhoneRegions.IsKnown).WithText(text, "PhoneRegionUnknown");
}
