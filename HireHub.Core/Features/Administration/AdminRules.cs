using FluentValidation;
using FluentValidation.Results;
using HireHub.Core.Common;

namespace HireHub.Core.Features.Administration;

/// <summary>What the administration pages share: the providers, the audit actions, and turning a failed validation into a problem.</summary>
public static class AdminRules
{
    public const string LinkedInTalentHub = "LinkedInTalentHub";
    public const string GenericAts = "GenericAts";

    public static IReadOnlyList<string> Providers { get; } = [LinkedInTalentHub, GenericAts];

    public static bool IsGuid(string? value) => Guid.TryParse(value, out _);

    public static Problem Invalid(ValidationResult result, string message) => Problem.Invalid(result.ToDictionary(), message);

    /// <summary>A rule for an application (client) ID: present and a GUID.</summary>
    public static IRuleBuilderOptions<T, string> ClientIdFormat<T>(this IRuleBuilder<T, string> rule, Microsoft.Extensions.Localization.IStringLocalizer<CoreText> text) =>
        rule.NotEmpty().WithText(text, "ClientIdRequired").Must(IsGuid).WithText(text, "ClientIdFormat");
}

public static class AdminAuditActions
{
    public const string ConnectionAdded = "ConnectionAdded";
    public const string ConnectionLinked = "ConnectionLinked";
    public const string ConnectionUnlinked = "ConnectionUnlinked";
    public const string ConnectionEdited = "ConnectionEdited";
    public const string SecurityRoleSaved = "SecurityRoleSaved";
    public const string SecurityRoleDeleted = "SecurityRoleDeleted";
    public const string ApplicationUserSaved = "ApplicationUserSaved";
    public const string ApplicationUserRolesChanged = "ApplicationUserRolesChanged";
    public const string EntraApplicationSaved = "EntraApplicationSaved";
    public const string TableGenerated = "TableGenerated";
    public const string TableDisabled = "TableDisabled";
    public const string TableEnabled = "TableEnabled";
    public const string RoutingRuleAdded = "RoutingRuleAdded";
    public const string RoutingRuleDeleted = "RoutingRuleDeleted";

    /// <summary>Every action above: each is a configuration change, which the security event log reports too.</summary>
    public static readonly IReadOnlySet<string> All = new HashSet<string>(StringComparer.Ordinal)
    {
        ConnectionAdded, ConnectionLinked, ConnectionUnlinked, ConnectionEdited, SecurityRoleSaved, SecurityRoleDeleted, ApplicationUserSaved,
        ApplicationUserRolesChanged, EntraApplicationSaved, TableGenerated, TableDisabled, TableEnabled, RoutingRuleAdded, RoutingRuleDeleted,
    };
}
