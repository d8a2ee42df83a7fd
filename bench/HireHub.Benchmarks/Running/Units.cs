using System.Globalization;

namespace HireHub.Benchmarks.Running;

internal static class Units
{
    public static string Ms(double value) => value.ToString(value < 10 ? "0.00" : "0.0", CultureInfo.InvariantCulture) + " ms";

    public static string Kb(double bytes) => (bytes / 1024).ToString("N0", CultureInfo.InvariantCulture) + " KB";

    public static string Microseconds(double value) => value.ToString("N1", CultureInfo.InvariantCulture) + " µs";

    public static string Seconds(double value) => value.ToString("0.00", CultureInfo.InvariantCulture) + " s";
}
