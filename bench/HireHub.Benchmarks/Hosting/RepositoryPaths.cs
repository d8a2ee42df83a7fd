namespace HireHub.Benchmarks.Hosting;

internal static class RepositoryPaths
{
    /// <summary>The folder holding HireHub.sln, found upwards from the build output (so any working directory works).</summary>
    public static string Root { get; } = FindRoot();

    public static string PerformanceDocument => Path.Combine(Root, "docs", "PERFORMANCE.md");

    public static string WebProject => Path.Combine(Root, "HireHub.Web", "HireHub.Web.csproj");

    /// <summary>
    /// Where P7 publishes HireHub.Web for this machine's runtime (ReadyToRun, as a server would run it) and starts it
    /// from; under the ignored artifacts folder, so the next run's publish is incremental.
    /// </summary>
    public static string WebPublishFolder => Path.Combine(Root, "artifacts", "bench", "web-publish");

    /// <summary>
    /// HireHub.Web's own Release build output, which building this program (it references HireHub.Web) has just
    /// written: P7 starts it from there in <c>--quick</c> mode, skipping the ReadyToRun publish, which costs minutes.
    /// </summary>
    public static string WebReleaseBuildFolder => Path.Combine(Root, "HireHub.Web", "bin", "Release", "net10.0");

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
