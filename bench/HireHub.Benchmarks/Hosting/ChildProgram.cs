using System.Diagnostics;

namespace HireHub.Benchmarks.Hosting;

/// <summary>
/// This same program started again in one of its helper modes (P5's browser driver, P1's load generator), so that what
/// the helper allocates and the CPU it burns stay out of the process being measured. The helper obeys one line on
/// standard input at a time and answers with one line on standard output; its standard error is passed through.
/// </summary>
internal sealed class ChildProgram : IAsyncDisposable
{
    private readonly Process process;
    private readonly string name;

    private ChildProgram(Process process, string name)
    {
        this.process = process;
        this.name = name;
    }

    /// <summary>CPU time the helper has used so far, all its threads.</summary>
    public TimeSpan ProcessorTime
    {
        get
        {
            process.Refresh();
            return process.TotalProcessorTime;
        }
    }

    public static ChildProgram Start(string name, string mode, params string[] arguments)
    {
        // The apphost when there is one, else `dotnet HireHub.Benchmarks.dll`.
        var self = Environment.ProcessPath!;
        var start = Path.GetFileNameWithoutExtension(self) == "dotnet"
            ? new ProcessStartInfo(self) { ArgumentList = { typeof(ChildProgram).Assembly.Location } }
            : new ProcessStartInfo(self);
        start.ArgumentList.Add(mode);
        foreach (var argument in arguments)
        {
            start.ArgumentList.Add(argument);
        }

        start.RedirectStandardInput = true;
        start.RedirectStandardOutput = true;
        start.RedirectStandardError = true;
        start.UseShellExecute = false;
        var process = Process.Start(start) ?? throw new InvalidOperationException($"The {name} did not start.");
        process.ErrorDataReceived += (_, e) =>
        {
            if (e.Data is not null)
            {
                Console.Error.WriteLine($"  {name}: {e.Data}");
            }
        };
        process.BeginErrorReadLine();
        return new ChildProgram(process, name);
    }

    /// <summary>Sends <paramref name="command"/> and returns the helper's answer.</summary>
    public async Task<string> AskAsync(string command, TimeSpan patience, CancellationToken ct)
    {
        await process.StandardInput.WriteLineAsync(command.AsMemory(), ct);
        await process.StandardInput.FlushAsync(ct);
        return await ReadAsync(patience, ct);
    }

    /// <summary>Waits for the helper to say <paramref name="answer"/>, and fails on anything else.</summary>
    public async Task ExpectAsync(string answer, TimeSpan patience, CancellationToken ct)
    {
        var line = await ReadAsync(patience, ct);
        if (line != answer)
        {
            throw new InvalidOperationException($"The {name} answered \"{line}\" where \"{answer}\" was expected.");
        }
    }

    private async Task<string> ReadAsync(TimeSpan patience, CancellationToken ct)
    {
        using var limit = CancellationTokenSource.CreateLinkedTokenSource(ct);
        limit.CancelAfter(patience);
        return await process.StandardOutput.ReadLineAsync(limit.Token)
            ?? throw new InvalidOperationException($"The {name} exited (code {(process.HasExited ? process.ExitCode : -1)}) without answering.");
    }

    public async ValueTask DisposeAsync()
    {
        try
        {
            if (!process.HasExited)
            {
                await process.StandardInput.WriteLineAsync("quit");
                await process.StandardInput.FlushAsync();
                using var limit = new CancellationTokenSource(TimeSpan.FromSeconds(20));
                await process.WaitForExitAsync(limit.Token);
            }
        }
        catch (Exception error) when (error is OperationCanceledException or IOException)
        {
            process.Kill(entireProcessTree: true);
        }
        finally
        {
            process.Dispose();
        }
    }
}
