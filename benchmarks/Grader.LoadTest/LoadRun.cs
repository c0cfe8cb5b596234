using System.Diagnostics;
using System.Net;
using System.Net.Http.Headers;

namespace Grader.LoadTest;

/// <summary>
/// One run: <see cref="LoadTestOptions.Concurrency"/> workers, each sending <c>POST /v1/grade</c> with the workload's
/// bodies in rotation and reading the whole answer, back to back, for the run's duration. Latency is measured from
/// sending to the last byte read. An answer is an error unless it is a 200 of the same length as the first answer to
/// the same body (grades are deterministic, so any difference is wrong).
/// </summary>
internal static class LoadRun
{
    public static async Task<LoadResult> RunAsync(string url, Workload workload, LoadTestOptions options, int? serverPid)
    {
        using var handler = new SocketsHttpHandler { MaxConnectionsPerServer = options.Concurrency, PooledConnectionLifetime = Timeout.InfiniteTimeSpan, UseProxy = false };
        using var client = new HttpClient(handler) { BaseAddress = new Uri(url), Timeout = TimeSpan.FromSeconds(30) };
        var expected = new long[workload.Bodies.Count];
        var perSecond = new int[(int)Math.Ceiling(options.Duration.TotalSeconds) + 1];
        long errors = 0;
        string? firstError = null;

        // The first request alone, before the load: what the first user of a freshly started server waits.
        var firstStarted = Stopwatch.GetTimestamp();
        using (var first = new HttpRequestMessage(HttpMethod.Post, "/v1/grade") { Content = new ByteArrayContent(workload.Bodies[0]) })
        {
            first.Content.Headers.ContentType = new MediaTypeHeaderValue("application/json");
            using var answer = await client.SendAsync(first);
            if (!answer.IsSuccessStatusCode)
            {
                throw new InvalidOperationException($"The first request failed with HTTP {(int)answer.StatusCode}: {await answer.Content.ReadAsStringAsync()}");
            }
        }

        var firstRequest = Stopwatch.GetElapsedTime(firstStarted);
        var loadBefore = ProcessStats.LoadAverage();
        var rssBefore = serverPid is { } p0 ? ProcessStats.ResidentBytes(p0) : null;
        var serverCpuBefore = serverPid is { } p1 ? ProcessStats.CpuTime(p1) : null;
        var clientCpuBefore = Process.GetCurrentProcess().TotalProcessorTime;
        long sampledPeak = rssBefore ?? 0;
        var clock = Stopwatch.StartNew();
        using var done = new CancellationTokenSource();
        var sampler = Task.Run(async () =>
        {
            while (!done.IsCancellationRequested && serverPid is { } pid)
            {
                sampledPeak = Math.Max(sampledPeak, ProcessStats.ResidentBytes(pid) ?? 0);
                await Task.Delay(100);
            }
        });

        var workers = Enumerable.Range(0, options.Concurrency).Select(worker => Task.Run(async () =>
        {
            var latencies = new List<long>(100_000);
            var buffer = new byte[64 * 1024];
            var json = new MediaTypeHeaderValue("application/json");
            for (var next = worker; clock.Elapsed < options.Duration; next++)
            {
                var index = next % workload.Bodies.Count;
                var started = Stopwatch.GetTimestamp();
                string? problem;
                try
                {
                    using var request = new HttpRequestMessage(HttpMethod.Post, "/v1/grade") { Content = new ByteArrayContent(workload.Bodies[index]) };
                    request.Content.Headers.ContentType = json;
                    using var response = await client.SendAsync(request, HttpCompletionOption.ResponseHeadersRead);
                    await using var stream = await response.Content.ReadAsStreamAsync();
                    long length = 0;
                    int read;
                    while ((read = await stream.ReadAsync(buffer)) > 0)
                    {
                        length += read;
                    }

                    var first = Interlocked.CompareExchange(ref expected[index], length, 0);
                    problem = response.StatusCode != HttpStatusCode.OK ? $"HTTP {(int)response.StatusCode}"
                        : first != 0 && first != length ? $"answer of {length} bytes to body {index}, {first} before"
                        : null;
                }
                catch (Exception exception) when (exception is HttpRequestException or TaskCanceledException or IOException)
                {
                    problem = exception.Message;
                }

                var ended = Stopwatch.GetTimestamp();
                latencies.Add(ended - started);
                var second = (int)clock.Elapsed.TotalSeconds;
                Interlocked.Increment(ref perSecond[Math.Min(second, perSecond.Length - 1)]);
                if (problem is not null)
                {
                    Interlocked.Increment(ref errors);
                    Interlocked.CompareExchange(ref firstError, problem, null);
                }
            }

            return latencies;
        })).ToList();

        var all = (await Task.WhenAll(workers)).SelectMany(l => l).Order().ToArray();
        var elapsed = clock.Elapsed;
        var serverCpu = serverPid is { } p2 && serverCpuBefore is { } before && ProcessStats.CpuTime(p2) is { } after ? after - before : (TimeSpan?)null;
        var clientCpu = Process.GetCurrentProcess().TotalProcessorTime - clientCpuBefore;
        var loadAfter = ProcessStats.LoadAverage();
        await done.CancelAsync();
        await sampler;

        // Memory after: the server idle for three seconds after the load stopped.
        await Task.Delay(TimeSpan.FromSeconds(3));
        var rssAfter = serverPid is { } p3 ? ProcessStats.ResidentBytes(p3) : null;
        var peak = serverPid is { } p4 ? Math.Max(sampledPeak, ProcessStats.PeakResidentBytes(p4) ?? 0) : (long?)null;

        return new LoadResult(
            workload.Name,
            all.Length,
            errors,
            firstError,
            elapsed,
            firstRequest.TotalMilliseconds,
            Milliseconds(Percentile(all, 0.50)),
            Milliseconds(Percentile(all, 0.99)),
            Milliseconds(all.Length > 0 ? all[^1] : 0),
            perSecond[..^1],
            rssBefore,
            peak,
            rssAfter,
            serverCpu is { } cpu ? cpu.TotalMilliseconds / Math.Max(1, all.Length) : null,
            clientCpu.TotalMilliseconds / Math.Max(1, all.Length),
            loadBefore,
            loadAfter);
    }

    private static long Percentile(long[] sorted, double fraction) =>
        sorted.Length == 0 ? 0 : sorted[Math.Min(sorted.Length - 1, (int)Math.Ceiling(fraction * sorted.Length) - 1)];

    private static double Milliseconds(long ticks) => ticks * 1000.0 / Stopwatch.Frequency;
}
