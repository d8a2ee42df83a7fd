using System.Diagnostics;
using System.Net;
using System.Net.Sockets;
using System.Runtime.InteropServices;
using HireHub.Benchmarks.Hosting;
using HireHub.Benchmarks.Running;

namespace HireHub.Benchmarks.Measurements;

/// <summary>
/// P7: <c>dotnet HireHub.Web.dll</c> as a server runs it, published for this machine's runtime in Release (which makes
/// it ReadyToRun, see HireHub.Web.csproj), as a process of its own on an empty database, until the sign-in page
/// answers 200: runtime start, JIT, migrations, demo seed, first render. Development, because outside it the app
/// refuses to start without Entra ID; that also makes it seed, as the goal asks. The <c>--quick</c> smoke run skips
/// the publish (minutes of ahead-of-time compilation) and starts the plain Release build this program was built with:
/// slower to start, since everything is JIT-compiled, so its figure is labelled as such and is not the one quoted.
/// </summary>
internal sealed class ColdStart(BenchOptions options) : IMeasurement
{
    private const double GoalSeconds = 2;
    private static readonly TimeSpan Patience = TimeSpan.FromSeconds(60);

    private string? folder;
    private int starts;

    public string Number => "P7";

    public string Title => "Cold start on an empty database to the first page served";

    public int Repetitions => options.ColdStarts;

    public async Task PrepareAsync(CancellationToken ct)
    {
        if (!options.Quick)
        {
            await PublishAsync(ct);
        }
        else if (!File.Exists(WebAppAssembly))
        {
            throw new InvalidOperationException($"No Release build of HireHub.Web at {AppFolder}: run the benchmark with -c Release.");
        }

        folder = Directory.CreateTempSubdirectory("hirehub-cold-").FullName;
        // Once untimed: loads the app's files into the OS cache, as on a server that has run it before.
        await StartOnceAsync(ct);
    }

    public async Task<IReadOnlyDictionary<string, double>> RunOnceAsync(CancellationToken ct) =>
        new Dictionary<string, double> { ["seconds"] = await StartOnceAsync(ct) };

    private async Task<double> StartOnceAsync(CancellationToken ct)
    {
        var database = Path.Combine(folder!, $"cold-{++starts}.db");
        var port = FreeLoopbackPort();
        var start = new ProcessStartInfo(DotnetHost())
        {
            ArgumentList = { WebAppAssembly },
            WorkingDirectory = AppFolder,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        start.Environment["ASPNETCORE_ENVIRONMENT"] = "Development";
        start.Environment["ASPNETCORE_URLS"] = $"http://127.0.0.1:{port}";
        start.Environment["ConnectionStrings__HireHub"] = $"Data Source={database}";

        using var client = new HttpClient(new SocketsHttpHandler { ConnectTimeout = TimeSpan.FromSeconds(1) }) { Timeout = TimeSpan.FromSeconds(10) };
        var signIn = new Uri($"http://127.0.0.1:{port}/account/sign-in");
        var clock = Stopwatch.StartNew();
        using var app = Process.Start(start) ?? throw new InvalidOperationException("HireHub.Web did not start.");
        app.OutputDataReceived += (_, _) => { };
        app.ErrorDataReceived += (_, _) => { };
        app.BeginOutputReadLine();
        app.BeginErrorReadLine();
        try
        {
            while (true)
            {
                ct.ThrowIfCancellationRequested();
                if (app.HasExited)
                {
                    throw new InvalidOperationException($"HireHub.Web exited with code {app.ExitCode} before serving the sign-in page.");
                }

                if (clock.Elapsed > Patience)
                {
                    throw new TimeoutException($"HireHub.Web did not serve the sign-in page within {Patience.TotalSeconds:0} s.");
                }

                try
                {
                    using var response = await client.GetAsync(signIn, ct);
                    if (response.StatusCode == HttpStatusCode.OK)
                    {
                        return clock.Elapsed.TotalSeconds;
                    }
                }
                catch (HttpRequestException)
                {
                    // Not listening yet: it listens only once the database is migrated and seeded.
                }

                await Task.Delay(10, ct);
            }
        }
        finally
        {
            app.Kill(entireProcessTree: true);
            await app.WaitForExitAsync(CancellationToken.None);
        }
    }

    public MeasurementReport Report(IReadOnlyDictionary<string, Spread> figures)
    {
        var seconds = figures["seconds"];
        var row = TableRow.Measured(
            Number,
            $"Cold start: `dotnet HireHub.Web.dll` ({(options.Quick ? "Release build, JIT only: quick run" : "Release, published ReadyToRun")}) on an empty database to the first 200 of /account/sign-in (migrate + seed)",
            seconds.Format(Units.Seconds),
            TableRow.None,
            TableRow.None,
            $"≤ {GoalSeconds} s",
            [GoalCheck.AtMost(seconds.Median, GoalSeconds, Units.Seconds(seconds.Median), Units.Seconds(GoalSeconds))]);
        return new MeasurementReport([row], [$"{options.ColdStarts} starts after one untimed start; a new process and a new database file each time"]);
    }

    private string AppFolder => options.Quick ? RepositoryPaths.WebReleaseBuildFolder : RepositoryPaths.WebPublishFolder;

    private string WebAppAssembly => Path.Combine(AppFolder, "HireHub.Web.dll");

    // Incremental after the first run: MSBuild compiles ahead of time only the assemblies that changed.
    private async Task PublishAsync(CancellationToken ct)
    {
        var publish = new ProcessStartInfo(DotnetHost())
        {
            ArgumentList =
            {
                "publish", RepositoryPaths.WebProject, "-c", "Release", "-r", RuntimeInformation.RuntimeIdentifier, "--self-contained", "false",
                "-o", RepositoryPaths.WebPublishFolder, "-v", "q", "-nologo",
            },
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        using var process = Process.Start(publish) ?? throw new InvalidOperationException("dotnet publish did not start.");
        var output = process.StandardOutput.ReadToEndAsync(ct);
        var errors = process.StandardError.ReadToEndAsync(ct);
        await process.WaitForExitAsync(ct);
        if (process.ExitCode != 0 || !File.Exists(WebAppAssembly))
        {
            throw new InvalidOperationException($"Publishing HireHub.Web for P7 failed ({process.ExitCode}):{Environment.NewLine}{await output}{await errors}");
        }
    }

    private static int FreeLoopbackPort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }

    // The dotnet host this program runs on, found from the runtime's own folder (…/shared/Microsoft.NETCore.App/10.0.x/).
    private static string DotnetHost()
    {
        var root = Path.GetFullPath(Path.Combine(RuntimeEnvironment.GetRuntimeDirectory(), "..", "..", ".."));
        var host = Path.Combine(root, OperatingSystem.IsWindows() ? "dotnet.exe" : "dotnet");
        return File.Exists(host) ? host : "dotnet";
    }

    public ValueTask DisposeAsync()
    {
        if (folder is null)
        {
            return ValueTask.CompletedTask;
        }

        try
        {
            Directory.Delete(folder, recursive: true);
        }
        catch (IOException)
        {
            // Left for the OS to clean with the temp folder.
        }

        return ValueTask.CompletedTask;
    }
}
