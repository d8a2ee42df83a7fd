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

    public static string Section(string table, IEnumerable<string> notes, IEnumerable<(string Name, string Value)> machine, string runSummary)
    {
        var text = new StringBuilder();
        text.Append(Begin).Append("\n\n");
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

        text.Append('\n').Append(End);
        return text.ToString();
    }

    public static void Write(string path, string section)
    {
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        var existing = File.Exists(path) ? File.ReadAllText(path) : "# HireHub performance\n\n" + Begin + "\n" + End + "\n";
        var start = existing.IndexOf(Begin, StringComparison.Ordinal);
        var end = existing.IndexOf(End, StringComparison.Ordinal);
        var updated = start >= 0 && end > start
            ? existing[..start] + section + existing[(end + End.Length)..]
            : existing.TrimEnd() + "\n\n" + section + "\n";
        File.WriteAllText(path, updated);
    }
}
