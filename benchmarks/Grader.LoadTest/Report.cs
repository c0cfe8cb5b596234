using System.Globalization;

namespace Grader.LoadTest;

/// <summary>Prints load runs: one block per run, then a Markdown table of them all.</summary>
internal static class Report
{
    public static void Print(TextWriter output, LoadResult result)
    {
        output.WriteLine(Invariant($"{result.Workload}: {result.Requests:N0} requests in {result.Elapsed.TotalSeconds:0.0} s = {result.RequestsPerSecond:N0} requests/s ({result.SteadyRequestsPerSecond:N0}/s after the first 2 s); p50 {result.P50Milliseconds:0.0} ms, p99 {result.P99Milliseconds:0.0} ms, max {result.MaxMilliseconds:0.0} ms; errors {result.Errors}{(result.FirstError is { } e ? $" (first: {e})" : "")}"));
        output.WriteLine(Invariant($"  first request alone (before the load): {result.FirstRequestMilliseconds:0.0} ms"));
        output.WriteLine("  requests per second, second by second: " + string.Join(" ", result.PerSecond.Select(n => n.ToString(CultureInfo.InvariantCulture))));
        output.WriteLine(Invariant($"  server RSS: before {Megabytes(result.RssBefore)}, peak {Megabytes(result.RssPeak)}, after {Megabytes(result.RssAfter)}; CPU per request: server {Cpu(result.ServerCpuMillisecondsPerRequest)}, client {result.ClientCpuMillisecondsPerRequest:0.000} ms; load average {Load(result.LoadBefore)} before, {Load(result.LoadAfter)} after"));
    }

    public static void Summary(TextWriter output, IReadOnlyList<LoadResult> results)
    {
        output.WriteLine();
        output.WriteLine("| workload | requests/s | steady req/s | p50 ms | p99 ms | first request ms | errors | RSS before / peak / after MB | server CPU ms/req | load avg before→after |");
        output.WriteLine("| --- | --- | --- | --- | --- | --- | --- | --- | --- | --- |");
        foreach (var r in results)
        {
            output.WriteLine(Invariant($"| {r.Workload} | {r.RequestsPerSecond:N0} | {r.SteadyRequestsPerSecond:N0} | {r.P50Milliseconds:0.0} | {r.P99Milliseconds:0.0} | {r.FirstRequestMilliseconds:0} | {r.Errors} | {Megabytes(r.RssBefore)} / {Megabytes(r.RssPeak)} / {Megabytes(r.RssAfter)} | {Cpu(r.ServerCpuMillisecondsPerRequest)} | {Load(r.LoadBefore)}→{Load(r.LoadAfter)} |"));
        }
    }

    private static string Megabytes(long? bytes) => bytes is { } b ? Invariant($"{b / (1024.0 * 1024.0):0}") : "?";

    private static string Cpu(double? milliseconds) => milliseconds is { } ms ? Invariant($"{ms:0.000}") : "?";

    private static string Load(double? load) => load is { } l ? Invariant($"{l:0.0}") : "?";

    private static string Invariant(FormattableString text) => text.ToString(CultureInfo.InvariantCulture);
}
