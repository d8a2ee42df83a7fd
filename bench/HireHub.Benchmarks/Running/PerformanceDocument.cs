using System.Text;

namespace HireHub.Benchmarks.Running;

/// <summary>
/// Writes the measured part of docs/PERFORMANCE.md: the table, the notes and the machine, between two markers.
/// Everything outside the markers is written by people (why a goal is missed, what would reach it) and is kept.
/// </summary>
internal static class PerformanceDocument
{
    public const string Begin = "<!-- benchmark:begin (written by bench/HireHub.Benchmarks; edit outside these markers) -->";
    public const string End = "<!-- benchmark:end -->";

    /// <summary>The <c>--scale</c> run's block (P9), kept apart so the full run's table and the scale run's never overwrite each other.</summary>
    public const string ScaleBegin = "<!-- benchmark-scale:begin (written by bench/HireHub.Benchmarks --scale; edit outside these markers) -->";
    public const string ScaleEnd = "<!-- benchmark-scale:end -->";

    public static string Section(string table, IEnumerable<string> notes, IEnumerable<(string Name, string Value)> machine, string runSummary, bool scale = false)
    {
        var text = new StringBuilder();
        text.Append(scale ? ScaleBegin : Begin).Append("\n\n");
        text.Append(runSummary).Append("\n\n");
        text.Append(table).Append('\n');
        var noteList = notes.ToList();
        if (noteList.Count > 0)
        {
            text.Append("Measured alongside:\n\n");
            foreach (var note in noteList)
            {
                text.Append("- ").Append(note).Append('\n');
            }

            text.Append('\n');
        }

        text.Append("Machine:\n\n");
        foreach (var (name, value) in machine)
        {
            text.Append("- ").Append(name).Append(": ").Append(value).Append('\n');
        }

        text.Append('\n').Append(scale ? ScaleEnd : End);
        return text.ToString();
    }

    public static void Write(string path, string section, bool scale = false)
    {
        var (begin, finish) = scale ? (ScaleBegin, ScaleEnd) : (Begin, End);
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        var existing = File.Exists(path) ? File.ReadAllText(path) : "# HireHub performance\n\n" + begin + "\n" + finish + "\n";
        var start = existing.IndexOf(begin, StringComparison.Ordinal);
        var end = existing.IndexOf(finish, StringComparison.Ordinal);
        var updated = start >= 0 && end > start
            ? existing[..start] + section + existing[(end + finish.Length)..]
            : existing.TrimEnd() + "\n\n" + section + "\n";
        File.WriteAllText(path, updated);
    }
}
