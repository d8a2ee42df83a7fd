namespace HireHub.Benchmarks.Running;

/// <summary>A figure over several runs: the median, with the lowest and highest run beside it.</summary>
internal readonly record struct Spread(double Median, double Min, double Max)
{
    public static Spread Of(IEnumerable<double> values)
    {
        var sorted = values.Order().ToArray();
        if (sorted.Length == 0)
        {
            throw new ArgumentException("A spread needs at least one run.", nameof(values));
        }

        var middle = sorted.Length / 2;
        var median = sorted.Length % 2 == 1 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2;
        return new Spread(median, sorted[0], sorted[^1]);
    }

    public string Format(Func<double, string> format) =>
        Min == Max ? format(Median) : $"{format(Median)} [{format(Min)}–{format(Max)}]";
}

internal static class Percentiles
{
    /// <summary>Nearest-rank percentile: the smallest sample that at least <paramref name="percent"/>% of samples do not exceed.</summary>
    public static double Of(IReadOnlyCollection<double> samples, double percent)
    {
        var sorted = samples.Order().ToArray();
        var rank = (int)Math.Ceiling(percent / 100 * sorted.Length);
        return sorted[Math.Clamp(rank - 1, 0, sorted.Length - 1)];
    }
}
