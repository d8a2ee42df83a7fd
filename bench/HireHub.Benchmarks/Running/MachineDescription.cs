using System.Diagnostics;
using System.Globalization;
using System.Runtime;
using System.Runtime.InteropServices;

namespace HireHub.Benchmarks.Running;

/// <summary>What the figures were measured on; the ceilings make them comparable, this makes them readable.</summary>
internal static class MachineDescription
{
    public static IReadOnlyList<(string Name, string Value)> Describe(string sqliteVersion) =>
    [
        ("CPU", ReadFirst("/proc/cpuinfo", "model name") ?? RuntimeInformation.ProcessArchitecture.ToString()),
        ("cores", Environment.ProcessorCount.ToString(CultureInfo.InvariantCulture)),
        ("memory", MemoryText()),
        ("OS", $"{ReadFirst("/etc/os-release", "PRETTY_NAME")?.Trim('"') ?? RuntimeInformation.OSDescription}, kernel {Environment.OSVersion.Version}"),
        (".NET", $"{RuntimeInformation.FrameworkDescription}, {(GCSettings.IsServerGC ? "server" : "workstation")} GC"),
        ("SQLite", sqliteVersion),
        ("load average at start (1/5/15 min)", LoadAverage()),
    ];

    public static string LoadAverage()
    {
        try
        {
            return string.Join(" / ", File.ReadAllText("/proc/loadavg").Split(' ').Take(3));
        }
        catch (IOException)
        {
            return "unknown";
        }
    }

    public static string? GitCommit(string repositoryRoot)
    {
        try
        {
            using var git = Process.Start(new ProcessStartInfo("git", "rev-parse --short HEAD")
            {
                WorkingDirectory = repositoryRoot,
                RedirectStandardOutput = true,
                RedirectStandardError = true,
            });
            var commit = git?.StandardOutput.ReadToEnd().Trim();
            git?.WaitForExit();
            return git?.ExitCode == 0 ? commit : null;
        }
        catch (System.ComponentModel.Win32Exception)
        {
            return null;
        }
    }

    private static string MemoryText()
    {
        var kb = ReadFirst("/proc/meminfo", "MemTotal")?.Split(' ', StringSplitOptions.RemoveEmptyEntries)[0];
        var bytes = kb is null ? GC.GetGCMemoryInfo().TotalAvailableMemoryBytes : long.Parse(kb, CultureInfo.InvariantCulture) * 1024;
        return $"{bytes / (1024.0 * 1024 * 1024):0.0} GiB";
    }

    private static string? ReadFirst(string path, string key)
    {
        if (!File.Exists(path))
        {
            return null;
        }

        return File.ReadLines(path)
            .Where(line => line.StartsWith(key, StringComparison.Ordinal))
            .Select(line => line[(line.IndexOfAny([':', '=']) + 1)..].Trim())
            .FirstOrDefault();
    }
}
