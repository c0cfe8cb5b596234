using System.Collections.Concurrent;
using Microsoft.Extensions.Logging;

namespace Grader.Hosting.Tests.Support;

/// <summary>A logger of one category that adds every entry to its provider's queue.</summary>
internal sealed class CapturingLogger(string category, ConcurrentQueue<LogEntry> entries) : ILogger
{
    public IDisposable? BeginScope<TState>(TState state)
        where TState : notnull => null;

    public bool IsEnabled(LogLevel logLevel) => true;

    public void Log<TState>(LogLevel logLevel, EventId eventId, TState state, Exception? exception, Func<TState, Exception?, string> formatter) =>
        entries.Enqueue(new LogEntry(category, logLevel, eventId.Id, formatter(state, exception)));
}
