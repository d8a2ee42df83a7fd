using HireHub.Core.Data;
using Microsoft.Extensions.Localization;

namespace HireHub.Web.Components.Shared;

/// <summary>
/// A connection's name as people read it. Administrators name the connections they add; HireHub's own one for
/// recruiters' manual exports is named by HireHub, so people read it in their own language.
/// </summary>
public static class ConnectionNames
{
    public static string Display(IStringLocalizer<WebText> text, string name) =>
        name == ReferenceData.ManualEntryConnectionName ? text["ManualEntry"] : name;
}
