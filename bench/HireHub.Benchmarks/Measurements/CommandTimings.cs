using System.Collections.Concurrent;
using System.Data.Common;
using System.Diagnostics;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Diagnostics;

namespace HireHub.Benchmarks.Measurements;

/// <summary>
/// The SQL the app's DbContexts send while recording, each with its time: from EF's own diagnostic events, so the
/// app runs unchanged. A query's time is its execution plus the time its reader stayed open (reading the rows).
/// The benchmark runs one measurement at a time, so what is recorded is the measured call's.
/// </summary>
internal sealed class CommandTimings : IObserver<DiagnosticListener>, IObserver<KeyValuePair<string, object?>>, IDisposable
{
    private readonly IDisposable allListeners;
    private readonly List<IDisposable> subscriptions = [];
    private readonly ConcurrentDictionary<DbCommand, (string Sql, double Ms)> reading = new();
    private List<(string Sql, double Ms)>? recorded;

    public CommandTimings() => allListeners = DiagnosticListener.AllListeners.Subscribe(this);

    public void Start() => Interlocked.Exchange(ref recorded, []);

    public IReadOnlyList<(string Sql, double Ms)> Stop()
    {
        var done = Interlocked.Exchange(ref recorded, null) ?? [];
        lock (done)
        {
            return [.. done];
        }
    }

    public void OnNext(DiagnosticListener listener)
    {
        if (listener.Name == DbLoggerCategory.Name)
        {
            lock (subscriptions)
            {
                subscriptions.Add(listener.Subscribe(this));
            }
        }
    }

    public void OnNext(KeyValuePair<string, object?> value)
    {
        if (Volatile.Read(ref recorded) is not { } into)
        {
            return;
        }

        switch (value.Value)
        {
            case CommandExecutedEventData { Result: DbDataReader } executed:
                reading[executed.Command] = (executed.Command.CommandText, executed.Duration.TotalMilliseconds);
                break;
            case CommandExecutedEventData executed:
                Add(into, executed.Command.CommandText, executed.Duration.TotalMilliseconds);
                break;
            case DataReaderDisposingEventData disposing when reading.TryRemove(disposing.Command, out var executed):
                Add(into, executed.Sql, executed.Ms + disposing.Duration.TotalMilliseconds);
                break;
        }
    }

    public void OnCompleted()
    {
    }

    public void OnError(Exception error)
    {
    }

    public void Dispose()
    {
        allListeners.Dispose();
        lock (subscriptions)
        {
            subscriptions.ForEach(s => s.Dispose());
        }
    }

    private static void Add(List<(string Sql, double Ms)> into, string sql, double ms)
    {
        lock (into)
        {
            into.Add((sql, ms));
        }
    }
}
