using HireHub.Core.Common;
using HireHub.Core.Features.Administration;
using HireHub.Core.Features.Exports;
using HireHub.Core.Features.Integrations;
using Microsoft.Extensions.Localization;

namespace HireHub.Web.Components.Shared;

/// <summary>
/// Each part of a list's filter as one whole sentence of its own (never a sentence pieced together from translated
/// fragments), its times in the person's zone.
/// </summary>
public static class FilterText
{
    public static IReadOnlyList<string> Of(ExportHistoryFilter filter, IStringLocalizer<WebText> text, PersonTime person)
    {
        var items = new List<string>();
        if (filter.Status is { } status)
        {
            items.Add(text["FilterStatus", text[$"HomeStatus_{status}"]]);
        }

        if (filter.RecruiterEmail is { } recruiter)
        {
            items.Add(text["FilterRecruiter", recruiter]);
        }

        AddTimes(items, text, person, filter.ReceivedFrom, filter.ReceivedTo, "FilterReceivedFrom", "FilterReceivedBefore");
        AddTimes(items, text, person, filter.DecidedFrom, filter.DecidedTo, "FilterDecidedFrom", "FilterDecidedBefore");
        return items;
    }

    public static IReadOnlyList<string> Of(IntegrationLogFilter filter, IStringLocalizer<WebText> text, PersonTime person)
    {
        var items = new List<string>();
        if (filter.Callers is [var caller, ..])
        {
            items.Add(text["FilterCaller", caller]);
        }

        AddTimes(items, text, person, filter.From, filter.To, "FilterFrom", "FilterBefore");
        return items;
    }

    public static IReadOnlyList<string> Of(AuditLogFilter filter, IStringLocalizer<WebText> text, PersonTime person)
    {
        var items = new List<string>();
        AddTimes(items, text, person, filter.From, filter.To, "FilterFrom", "FilterBefore");
        return items;
    }

    private static void AddTimes(List<string> items, IStringLocalizer<WebText> text, PersonTime person, DateTimeOffset? from, DateTimeOffset? to, string fromKey, string beforeKey)
    {
        if (from is { } start)
        {
            items.Add(text[fromKey, person.Format(start)]);
        }

        if (to is { } end)
        {
            items.Add(text[beforeKey, person.Format(end)]);
        }
    }
}
