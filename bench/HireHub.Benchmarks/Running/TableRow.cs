namespace HireHub.Benchmarks.Running;

/// <summary>One line of the printed table, already formatted.</summary>
internal sealed record TableRow(string Number, string What, string Figure, string Ceiling, string Ratio, string Goal, string Met)
{
    public const string None = "—";

    public static TableRow Failed(string number, string what, Exception error) =>
        new(number, what, $"failed: {error.GetType().Name}: {error.Message.ReplaceLineEndings(" ")}", None, None, None, "not measured");

    /// <summary>A figure that has no goal of its own: a ceiling others are held against.</summary>
    public static TableRow Reference(string number, string what, string figure, string ceiling, string ratio, string goal) =>
        new(number, what, figure, ceiling, ratio, goal, None);

    public static TableRow Measured(string number, string what, string figure, string ceiling, string ratio, string goal, IReadOnlyList<GoalCheck> checks) =>
        new(number, what, figure, ceiling, ratio, goal, GoalCheck.Verdict(checks));
}

/// <summary>One goal compared with the median of the runs; a missed one says by how much.</summary>
internal sealed record GoalCheck(bool Met, string Shortfall)
{
    public static GoalCheck AtMost(double value, double limit, string valueText, string limitText) =>
        new(value <= limit, $"{valueText} > {limitText} ({value / limit:0.0#}× the goal)");

    public static GoalCheck AtLeast(double value, double limit, string valueText, string limitText) =>
        new(value >= limit, $"{valueText} < {limitText} ({value / limit:0.0#}× the goal)");

    public static string Verdict(IReadOnlyList<GoalCheck> checks)
    {
        var missed = checks.Where(c => !c.Met).Select(c => c.Shortfall).ToList();
        return missed.Count == 0 ? "yes" : "**no**: " + string.Join("; ", missed);
    }
}
