namespace HireHub.Web.Components.Pages.Dashboard;

/// <summary>One series of a <see cref="PeriodChart"/>: its name, a count per period, the list each count links to, and how the link reads aloud.</summary>
public sealed record PeriodLine(string Name, IReadOnlyList<int> Counts, Func<int, string> Link, Func<int, string> Describe);
