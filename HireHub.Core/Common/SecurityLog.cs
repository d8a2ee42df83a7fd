using Microsoft.Extensions.Logging;

namespace HireHub.Core.Common;

/// <summary>
/// The security event log: one structured event per sign-in, refusal and configuration change, under the category
/// <see cref="Category"/>, so an operator can route it to its own sink. Each event carries its UTC time and only
/// identifiers (pseudonymous subject, client ID, record ID, status code, reason): never a name, email or phone
/// number. Pass every value a caller supplied through <see cref="LogValue.Safe"/> first, so a line break cannot
/// forge a second event.
/// </summary>
public static partial class SecurityLog
{
    public const string Category = "HireHub.Security";

    [LoggerMessage(EventId = 7001, EventName = "SignInSucceeded", Level = LogLevel.Information,
        Message = "Security: sign-in succeeded for subject {Subject} with {Scheme} at {OccurredAt:O}")]
    public static partial void SignInSucceeded(this ILogger logger, string subject, string scheme, DateTimeOffset occurredAt);

    [LoggerMessage(EventId = 7002, EventName = "SignInFailed", Level = LogLevel.Warning,
        Message = "Security: sign-in failed with {Scheme} ({Reason}) at {OccurredAt:O}")]
    public static partial void SignInFailed(this ILogger logger, string scheme, string reason, DateTimeOffset occurredAt);

    [LoggerMessage(EventId = 7003, EventName = "AuthorizationRefused", Level = LogLevel.Warning,
        Message = "Security: {Method} {Path} refused with {Status} for subject {Subject} at {OccurredAt:O}")]
    public static partial void AuthorizationRefused(this ILogger logger, string method, string path, int status, string subject, DateTimeOffset occurredAt);

    [LoggerMessage(EventId = 7004, EventName = "ApiRefused", Level = LogLevel.Warning,
        Message = "Security: API {Method} {Path} refused with {Status} for client {ClientId} ({Reason}) at {OccurredAt:O}")]
    public static partial void ApiRefused(this ILogger logger, string method, string path, int status, string clientId, string reason, DateTimeOffset occurredAt);

    [LoggerMessage(EventId = 7005, EventName = "ValidationRefused", Level = LogLevel.Information,
        Message = "Security: {Operation} refused as invalid for {Subject}, fields {Fields}, at {OccurredAt:O}")]
    public static partial void ValidationRefused(this ILogger logger, string operation, string subject, string fields, DateTimeOffset occurredAt);

    [LoggerMessage(EventId = 7006, EventName = "ConfigurationChanged", Level = LogLevel.Information,
        Message = "Security: configuration changed, {Action} on {EntityType} {EntityId} at {OccurredAt:O}")]
    public static partial void ConfigurationChanged(this ILogger logger, string action, string entityType, string entityId, DateTimeOffset occurredAt);

    /// <summary>The field names of a validation failure, never their values: <c>Email, Phone</c>.</summary>
    public static string FieldsOf(IDictionary<string, string[]>? errors) =>
        errors is null || errors.Count == 0 ? "-" : LogValue.Safe(string.Join(",", errors.Keys.Order(StringComparer.Ordinal)), 300);
}
