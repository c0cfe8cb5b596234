using System.Collections.Concurrent;
using Microsoft.Extensions.Logging;

namespace Grader.Hosting.Tests.Support;

/// <summary>Keeps every log entry written through it, so tests can check what was logged, at which level and with which event id.</summary>
internal sealed class CapturingLoggerProvider : ILoggerProvider
{
    private readonly ConcurrentQueue<LogEntry> _entries = new();

    public IReadOnlyList<LogEntry> Entries => _entries.ToArray();

    /// <summary>The entries the hosting integration wrote with <paramref name="eventId"/> (the host's own use the same numbers).</summary>
    public IReadOnlyList<LogEntry> Grader(int eventId) =>
        _entries.Where(e => e.EventId == eventId && e.Category.StartsWith("Grader.Hosting.", StringComparison.Ordinal)).ToArray();

    public ILogger CreateLogger(string categoryName) => new CapturingLogger(categoryName, _entries);

    public void Dispose()
    {
    }
}
