using System.Threading.Channels;
using Microsoft.Extensions.Logging;

namespace HireHub.Tests.Web;

/// <summary>Hands each finished sweep's log line to the test, so it waits for the sweep instead of for a guessed time.</summary>
public sealed class SweepLog(ChannelWriter<string> sweeps) : ILoggerProvider, ILogger
{
    public ILogger CreateLogger(string categoryName) => categoryName.EndsWith("RetentionBackgroundService", StringComparison.Ordinal) ? this : Microsoft.Extensions.Logging.Abstractions.NullLogger.Instance;

    public IDisposable? BeginScope<TState>(TState state)
        where TState : notnull => null;

    public bool IsEnabled(LogLevel logLevel) => true;

    public void Log<TState>(LogLevel logLevel, EventId eventId, TState state, Exception? exception, Func<TState, Exception?, string> formatter) =>
        sweeps.TryWrite(formatter(state, exception));

    public void Dispose()
    {
    }
}
