using System.Globalization;
using HireHub.Core.Domain;
using HireHub.Core.Features.Candidates;
using HireHub.Core.Features.Exports;
using HireHub.Core.Features.Integrations;
using Microsoft.AspNetCore.Http;

namespace HireHub.Web.Components.Shared;

/// <summary>
/// Links to a list narrowed by its query string, and the names the lists read back with
/// <c>[SupplyParameterFromQuery]</c>: both sides here, so a figure on the Home page and the list it counts agree.
/// Times travel as UTC: a date (<c>2027-02-22</c>) for midnight, otherwise to the second (<c>2027-02-22T09:30:00Z</c>).
/// </summary>
public static class ListLinks
{
    public const string Search = "search";
    public const string LacksHireData = "missing";
    public const string StartingWithin = "startingWithin";
    public const string Status = "status";
    public const string Recruiter = "recruiter";
    public const string ReceivedFrom = "receivedFrom";
    public const string ReceivedTo = "receivedTo";
    public const string DecidedFrom = "decidedFrom";
    public const string DecidedTo = "decidedTo";
    public const string Tab = "tab";
    public const string LogTab = "log";
    public const string Caller = "caller";
    public const string From = "from";
    public const string To = "to";
    public const string Action = "action";
    public const string Record = "record";
    public const string Actor = "actor";

    public const string PersonnelManagementPath = "personnel-management";

    /// <summary>The Starting soon card of Personnel management.</summary>
    public const string StartingSoon = PersonnelManagementPath + "#starting-soon";

    public static string PersonnelManagement(CandidateListFilter filter, string? search = null) => PersonnelManagementPath + Query(
        (Search, search),
        (LacksHireData, filter.LacksHireData ? "true" : null),
        (StartingWithin, filter.StartingWithinDays?.ToString(CultureInfo.InvariantCulture)));

    public static CandidateListFilter CandidateFilter(bool? lacksHireData, int? startingWithin) =>
        new(lacksHireData == true, startingWithin is >= 0 and <= CandidateListFilter.MaxDays ? startingWithin : null);

    public static string Worker(string personnelNumber) => $"workers/{Uri.EscapeDataString(personnelNumber)}";

    public static string Exports(ExportHistoryFilter filter) => "exports" + Query(
        (Status, filter.Status?.ToString()),
        (Recruiter, filter.RecruiterEmail),
        (ReceivedFrom, Instant(filter.ReceivedFrom)),
        (ReceivedTo, Instant(filter.ReceivedTo)),
        (DecidedFrom, Instant(filter.DecidedFrom)),
        (DecidedTo, Instant(filter.DecidedTo)));

    public static ExportHistoryFilter ExportFilter(string? status, string? recruiter, string? receivedFrom, string? receivedTo, string? decidedFrom, string? decidedTo) => new(
        Enum.TryParse<CandidateStatus>(status, ignoreCase: true, out var parsed) && Enum.IsDefined(parsed) ? parsed : null,
        string.IsNullOrWhiteSpace(recruiter) ? null : recruiter.Trim(),
        ParseInstant(receivedFrom),
        ParseInstant(receivedTo),
        ParseInstant(decidedFrom),
        ParseInstant(decidedTo));

    /// <summary>The Exports page's integration log tab, for a recruiter: one ATS's refusals since a time.</summary>
    public static string ExportsLog(Guid clientId, DateTimeOffset from) =>
        "exports" + Query((Tab, LogTab), (Caller, clientId.ToString()), (From, Instant(from)));

    /// <summary>The administrators' integration log between two times.</summary>
    public static string AdminLog(DateTimeOffset from, DateTimeOffset to) => "admin/integration-log" + Query((From, Instant(from)), (To, Instant(to)));

    public static IntegrationLogFilter LogFilter(string? caller, string? from, string? to) => new(
        string.IsNullOrWhiteSpace(caller) ? null : Guid.TryParse(caller, out var clientId) ? IntegrationLogFilter.CallersOf(clientId) : [caller.Trim()],
        ParseInstant(from),
        ParseInstant(to));

    public static string AuditLog(string? record = null, string? action = null, string? actor = null, DateTimeOffset? from = null, DateTimeOffset? to = null) =>
        "admin/audit" + Query((Record, record), (Action, action), (Actor, actor), (From, Instant(from)), (To, Instant(to)));

    public static string Health(Guid connectionId) => $"admin/integrations/{connectionId}/health";

    public static string? Instant(DateTimeOffset? at) => at is not { } value ? null
        : value.UtcDateTime.TimeOfDay == TimeSpan.Zero ? value.UtcDateTime.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)
        : value.UtcDateTime.ToString("yyyy-MM-dd'T'HH:mm:ss'Z'", CultureInfo.InvariantCulture);

    /// <summary>A time from a link: a date is its midnight UTC; a time without an offset is UTC. Anything else is no filter.</summary>
    public static DateTimeOffset? ParseInstant(string? text) =>
        DateTimeOffset.TryParse(text, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal | DateTimeStyles.AllowWhiteSpaces, out var at) ? at.ToUniversalTime() : null;

    private static string Query(params (string Name, string? Value)[] values) =>
        QueryString.Create(values.Where(v => !string.IsNullOrWhiteSpace(v.Value)).Select(v => KeyValuePair.Create(v.Name, v.Value))).ToUriComponent();
}
