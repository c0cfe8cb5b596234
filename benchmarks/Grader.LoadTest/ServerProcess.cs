using System.Diagnostics;
using System.Text.RegularExpressions;

namespace Grader.LoadTest;

/// <summary>
/// The server under test, started as its own process from the Grader.Server.dll built beside this program (its own
/// runtime settings, as deployed), listening on a free local port; stopped with SIGTERM, as a service manager would.
/// </summary>
internal sealed partial class ServerProcess : IAsyncDisposable
{
    private readonly Process _process;
    private readonly Task _drain;

    private ServerProcess(Process process, string url, TimeSpan startup, Task drain)
    {
        _process = process;
        Url = url;
        Startup = startup;
        _drain = drain;
    }

    public string Url { get; }

    public int Id => _process.Id;

    /// <summary>From starting the process to its first healthy answer (loading and warm-up included).</summary>
    public TimeSpan Startup { get; }

    public static async Task<ServerProcess> StartAsync(string rubric, LoadTestOptions options)
    {
        var start = new ProcessStartInfo("dotnet") { RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false };
        start.ArgumentList.Add(Path.Combine(AppContext.BaseDirectory, "Grader.Server.dll"));
        foreach (var argument in new[] { "--question", $"soviet={rubric}", "--urls", "http://127.0.0.1:0" })
        {
            start.ArgumentList.Add(argument);
        }

        if (!options.WarmUp)
        {
            start.ArgumentList.Add("--no-warm-up");
        }

        if (options.GarbageCollector is { } gc)
        {
            start.Environment["DOTNET_gcServer"] = gc == "server" ? "1" : "0";
        }

        if (options.Tiered is { } tiered)
        {
            start.Environment["DOTNET_TieredCompilation"] = tiered == "on" ? "1" : "0";
        }

        var clock = Stopwatch.StartNew();
        var process = Process.Start(start) ?? throw new InvalidOperationException("Could not start Grader.Server.");
        var errors = process.StandardError.ReadToEndAsync();
        string? url = null;
        while (url is null && await process.StandardOutput.ReadLineAsync() is { } line)
        {
            url = ListeningOn().Match(line) is { Success: true } match ? match.Groups[1].Value : null;
        }

        if (url is null)
        {
            await process.WaitForExitAsync();
            throw new InvalidOperationException($"The server exited ({process.ExitCode}) without listening:\n{await errors}");
        }

        var drain = Task.WhenAll(process.StandardOutput.ReadToEndAsync(), errors);
        using var client = new HttpClient();
        while (!(await client.GetAsync(url + "/health")).IsSuccessStatusCode)
        {
            await Task.Delay(20);
        }

        return new ServerProcess(process, url, clock.Elapsed, drain);
    }

    /// <summary>Sends SIGTERM and waits for the server to finish; returns its exit code.</summary>
    public async Task<int> StopAsync()
    {
        if (!_process.HasExited)
        {
            using var kill = Process.Start("kill", ["-TERM", _process.Id.ToString(System.Globalization.CultureInfo.InvariantCulture)]);
            await kill!.WaitForExitAsync();
        }

        await _process.WaitForExitAsync();
        await _drain;
        return _process.ExitCode;
    }

    public async ValueTask DisposeAsync()
    {
        if (!_process.HasExited)
        {
            _process.Kill();
            await _process.WaitForExitAsync();
        }

        _process.Dispose();
    }

    [GeneratedRegex(@"Now listening on: (http://\S+)")]
    private static partial Regex ListeningOn();
}
