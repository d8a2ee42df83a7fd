using HireHub.Core.Features.Administration;
using HireHub.Core.Features.Exports;
using HireHub.Core.Features.Integrations;
using Microsoft.Extensions.Localization;

namespace HireHub.Web.Components.Shared;

/// <summary>Each part of a list's filter as one whole sentence of its own (never a sentence pieced together from translated fragments).</summary>
public static class FilterText
{
    public static IReadOnlyList<string> Of(ExportHistoryFilter filter, IStringLocalizer<WebText> text)
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

        AddTimes(items, text, filter.ReceivedFrom, filter.ReceivedTo, "FilterReceivedFrom", "FilterReceivedBefore");
        AddTimes(items, text, filter.DecidedFrom, filter.DecidedTo, "FilterDecidedFrom", "FilterDecidedBefore");
        return items;
    }

    public static IReadOnlyList<string> Of(IntegrationLogFilter filter, IStringLocalizer<WebText> text)
    {
        var items = new List<string>();
        if (filter.Callers is [var caller, ..])
        {
            items.Add(text["FilterCaller", caller]);
        }

        AddTimes(items, text, filter.From, filter.To, "FilterFrom", "FilterBefore");
        return items;
    }

    public static IReadOnlyList<string> Of(AuditLogFilter filter, IStringLocalizer<WebText> text)
    {
        var items = new List<string>();
        AddTimes(items, text, filter.From, filter.To, "FilterFrom", "FilterBefore");
        return items;
    }

    private static void AddTimes(List<string> items, IStringLocalizer<WebText> text, DateTimeOffset? from, DateTimeOffset? to, string fromKey, string beforeKey)
    {
        if (from is { } start)
        {
            items.Add(text[fromKey, ShownTime.Instant(start)]);
        }

        if (to is { } end)
        {
            items.Add(text[beforeKey, ShownTime.Instant(end)]);
        }
    }
}
