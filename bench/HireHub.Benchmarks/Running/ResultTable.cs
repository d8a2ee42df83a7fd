using System.Text;

namespace HireHub.Benchmarks.Running;

/// <summary>The one table, as Markdown with padded columns so it reads in a terminal too.</summary>
internal static class ResultTable
{
    private static readonly string[] Headers = ["#", "what", "figure: median [min–max]", "ceiling, same run", "ratio", "goal", "met?"];

    public static string Render(IEnumerable<TableRow> rows)
    {
        var cells = rows.OrderBy(r => r.Number, StringComparer.Ordinal)
            .Select(r => new[] { r.Number, r.What, r.Figure, r.Ceiling, r.Ratio, r.Goal, r.Met }.Select(Escape).ToArray())
            .ToList();
        var widths = Headers.Select((h, i) => Math.Max(h.Length, cells.Count == 0 ? 0 : cells.Max(c => c[i].Length))).ToArray();
        var text = new StringBuilder();
        AppendLine(text, Headers, widths);
        AppendLine(text, widths.Select(w => new string('-', w)).ToArray(), widths);
        foreach (var row in cells)
        {
            AppendLine(text, row, widths);
        }

        return text.ToString();
    }

    private static void AppendLine(StringBuilder text, IReadOnlyList<string> cells, IReadOnlyList<int> widths) =>
        text.Append("| ").AppendJoin(" | ", cells.Select((c, i) => c.PadRight(widths[i]))).Append(" |\n");

    private static string Escape(string cell) => cell.Replace("|", "\\|", StringComparison.Ordinal);
}
