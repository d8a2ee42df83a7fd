using HireHub.Core.Common;

namespace HireHub.Web.Components.Pages.Dashboard;

/// <summary>How a chart's period is named: its first day, short (<c>22 Feb</c>, <c>22 feb</c>), as the person's calendar has it.</summary>
public static class PeriodLabel
{
    // A period starts at midnight in the person's zone (Periods), so the day shown is the day it starts there.
    public static string Of(PersonTime person, DateTimeOffset start) => person.Format(start, "d MMM");
}
