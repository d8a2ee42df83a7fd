namespace HireHub.Benchmarks.Hosting;

internal static class RepositoryPaths
{
    /// <summary>The folder holding HireHub.sln, found upwards from the build output (so any working directory works).</summary>
    public static string Root { get; } = FindRoot();

    public static string PerformanceDocument => Path.Combine(Root, "docs", "PERFORMANCE.md");

    /// <summary>HireHub.Web as its own Release build leaves it: what P7 starts as a separate process.</summary>
    public static string WebAppAssembly => Path.Combine(Root, "HireHub.Web", "bin", "Release", "net10.0", "HireHub.Web.dll");

    private static string FindRoot()
    {
        for (var folder = new DirectoryInfo(AppContext.BaseDirectory); folder is not null; folder = folder.Parent)
        {
            if (File.Exists(Path.Combine(folder.FullName, "HireHub.sln")))
            {
                return folder.FullName;
            }
        }

        throw new InvalidOperationException($"HireHub.sln not found above {AppContext.BaseDirectory}.");
    }
}
