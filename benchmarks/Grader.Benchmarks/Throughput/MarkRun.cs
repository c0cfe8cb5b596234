namespace Grader.Benchmarks.Throughput;

/// <summary>One measured run of <c>grader mark</c>: exit code, wall time, peak resident memory in bytes, and what it wrote to standard error.</summary>
internal sealed record MarkRun(int ExitCode, TimeSpan Elapsed, long PeakBytes, string StandardError);
