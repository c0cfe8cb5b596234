namespace Grader.LoadTest;

/// <summary>What one load run measured. Memory and CPU figures are null when the server's process is not known (--url) or not on Linux.</summary>
internal sealed record LoadResult(
    string Workload,
    long Requests,
    long Errors,
    string? FirstError,
    TimeSpan Elapsed,
    double FirstRequestMilliseconds,
    double P50Milliseconds,
    double P99Milliseconds,
    double MaxMilliseconds,
    IReadOnlyList<int> PerSecond,
    long? RssBefore,
    long? RssPeak,
    long? RssAfter,
    double? ServerCpuMillisecondsPerRequest,
    double ClientCpuMillisecondsPerRequest,
    double? LoadBefore,
    double? LoadAfter)
{
    public double RequestsPerSecond => Requests / Elapsed.TotalSeconds;

    /// <summary>Requests per second after the first two seconds (the server's steady state).</summary>
    public double SteadyRequestsPerSecond => PerSecond.Count > 3 ? PerSecond.Skip(2).Take(PerSecond.Count - 3).Average() : RequestsPerSecond;
}
