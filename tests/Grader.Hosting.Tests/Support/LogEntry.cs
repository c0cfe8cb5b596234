using Microsoft.Extensions.Logging;

namespace Grader.Hosting.Tests.Support;

internal sealed record LogEntry(string Category, LogLevel Level, int EventId, string Message);
