using System.Globalization;
using System.Runtime.InteropServices;

namespace Grader.LoadTest;

/// <summary>
/// The load test of <c>grader serve</c>: starts Grader.Server (or targets <c>--url</c>), drives <c>POST /v1/grade</c>
/// at a fixed concurrency for a fixed time with the seed essay and with the 12 sample scripts, and prints requests/s,
/// p50/p99 latency, errors, the server's memory (RSS before, peak, after) and CPU per request.
/// </summary>
public static class Program
{
    public static async Task<int> Main(string[] args)
    {
        var options = LoadTestOptions.Parse(args, out var problem);
        if (options is null)
        {
            Console.Error.WriteLine($"error: {problem}");
            Console.Error.WriteLine($"usage: {LoadTestOptions.Usage}");
            return 2;
        }

        try
        {
            return await RunAsync(options);
        }
        catch (Exception exception) when (exception is InvalidOperationException or HttpRequestException)
        {
            Console.Error.WriteLine($"error: {exception.Message}");
            return 3;
        }
    }

    private static async Task<int> RunAsync(LoadTestOptions options)
    {
        var root = FindRoot();
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"machine: {Environment.ProcessorCount} cores, {RuntimeInformation.OSArchitecture}, {RuntimeInformation.FrameworkDescription}; concurrency {options.Concurrency}, {options.Duration.TotalSeconds:0} s per run"));
        var results = new List<LoadResult>();
        for (var run = 1; run <= options.Runs; run++)
        {
            foreach (var name in options.Workloads)
            {
                var workload = Workload.Load(name, root);
                var result = options.Url is { } url
                    ? await LoadRun.RunAsync(url, workload, options, serverPid: null)
                    : await RunAgainstNewServerAsync(root, workload, options);
                results.Add(result);
                Report.Print(Console.Out, result);
            }
        }

        Report.Summary(Console.Out, results);
        return results.Any(r => r.Errors > 0) ? 1 : 0;
    }

    private static async Task<LoadResult> RunAgainstNewServerAsync(string root, Workload workload, LoadTestOptions options)
    {
        await using var server = await ServerProcess.StartAsync(Path.Combine(root, "data", "soviet-union-prc", "rubric.json"), options);
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"server: {server.Url} (pid {server.Id}), healthy {server.Startup.TotalSeconds:0.00} s after start{(options.WarmUp ? "" : ", no warm-up")}{(options.GarbageCollector is { } gc ? $", {gc} GC" : "")}{(options.Tiered is { } tiered ? $", tiered compilation {tiered}" : "")}"));
        var result = await LoadRun.RunAsync(server.Url, workload, options, server.Id);
        var exit = await server.StopAsync();
        if (exit != 0)
        {
            Console.WriteLine($"server exited with {exit} after SIGTERM");
        }

        return result;
    }

    private static string FindRoot()
    {
        foreach (var start in new[] { Environment.CurrentDirectory, AppContext.BaseDirectory })
        {
            for (var directory = new DirectoryInfo(start); directory is not null; directory = directory.Parent)
            {
                if (File.Exists(Path.Combine(directory.FullName, "data", "soviet-union-prc", "rubric.json")))
                {
                    return directory.FullName;
                }
            }
        }

        throw new InvalidOperationException("Run the load test from inside the repository: data/soviet-union-prc/rubric.json was not found.");
    }
}
