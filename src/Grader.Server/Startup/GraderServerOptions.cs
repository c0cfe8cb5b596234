namespace Grader.Server;

/// <summary>The HTTP service's own limits (configuration section <c>Server</c>); the grading settings are in <c>Grader</c>.</summary>
public sealed class GraderServerOptions
{
    /// <summary>The largest body of <c>POST /v1/grade</c>, in bytes (default 4 MiB: a 200,000-character essay even if every character were escaped).</summary>
    public long MaxRequestBodySize { get; set; } = 4 << 20;

    /// <summary>The largest body of <c>POST /v1/grade/batch</c>, in bytes (default 64 MiB). Bodies over 1 MiB are buffered in a temporary file, not memory.</summary>
    public long MaxBatchBodySize { get; set; } = 64 << 20;

    /// <summary>The most essays in one batch (default 10,000).</summary>
    public int MaxBatchItems { get; set; } = 10_000;

    /// <summary>How many essays of one batch are graded at once (default: the number of processors).</summary>
    public int BatchParallelism { get; set; } = Environment.ProcessorCount;

    /// <summary>How many essays are graded at once across all requests; the rest wait in turn (default: the number of processors).</summary>
    public int MaxConcurrentGrades { get; set; } = Environment.ProcessorCount;

    /// <summary>
    /// How long a stopping server (Ctrl+C, SIGTERM) lets requests in flight finish before it closes their connections
    /// (default 30 s; in configuration "00:01:00" for a minute). It stops accepting new connections at once.
    /// </summary>
    public TimeSpan ShutdownTimeout { get; set; } = TimeSpan.FromSeconds(30);
}
