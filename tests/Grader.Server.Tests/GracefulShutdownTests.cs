using System.Diagnostics;
using System.Text.Json;
using System.Text.RegularExpressions;
using Grader.Server.Tests.Support;

namespace Grader.Server.Tests;

/// <summary>On a real Kestrel server: stopping (in process, or by SIGTERM) lets a batch being streamed finish whole.</summary>
public sealed partial class GracefulShutdownTests
{
    private const int Essays = 600;

    [Fact]
    public async Task StopAsync_WhileABatchStreams_FinishesItThenRefusesConnections()
    {
        var arguments = ServerArguments.Parse(["--question", $"soviet={RepositoryFiles.Rubric}", "--urls", "http://127.0.0.1:0", "--no-warm-up"], out _)!;
        await using var app = ServerApplication.Build(arguments, fallbackRubric: null);
        await app.StartAsync();
        var address = app.Urls.Single();
        using var client = new HttpClient { BaseAddress = new Uri(address) };

        using var response = await client.SendAsync(BatchRequest(), HttpCompletionOption.ResponseHeadersRead);
        var stopping = app.StopAsync();
        var grades = await response.Content.ReadAsStringAsync();
        await stopping;

        AssertEveryGrade(grades);
        using var late = new HttpClient();
        await Assert.ThrowsAnyAsync<HttpRequestException>(() => late.GetAsync(address + "/health"));
    }

    [Fact]
    public async Task Sigterm_WhileABatchStreams_FinishesItAndExits0()
    {
        if (!OperatingSystem.IsLinux())
        {
            return;
        }

        var start = new ProcessStartInfo("dotnet") { RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false };
        foreach (var argument in new[] { Path.Combine(AppContext.BaseDirectory, "Grader.Server.dll"), "--rubric", RepositoryFiles.Rubric, "--urls", "http://127.0.0.1:0", "--no-warm-up" })
        {
            start.ArgumentList.Add(argument);
        }

        using var server = Process.Start(start)!;
        var errors = server.StandardError.ReadToEndAsync();
        try
        {
            var address = await ListeningAddressAsync(server.StandardOutput);
            using var client = new HttpClient { BaseAddress = new Uri(address) };

            using var response = await client.SendAsync(BatchRequest(), HttpCompletionOption.ResponseHeadersRead);
            using (var kill = Process.Start("kill", ["-TERM", server.Id.ToString(System.Globalization.CultureInfo.InvariantCulture)]))
            {
                await kill.WaitForExitAsync();
            }

            AssertEveryGrade(await response.Content.ReadAsStringAsync());
            using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(60));
            await server.WaitForExitAsync(timeout.Token);
            Assert.True(server.ExitCode == 0, $"exit code {server.ExitCode}: {await errors}");
        }
        finally
        {
            if (!server.HasExited)
            {
                server.Kill();
            }
        }
    }

    private static HttpRequestMessage BatchRequest()
    {
        var body = "[" + string.Join(",", Enumerable.Range(0, Essays).Select(i => Http.Essay(SampleEssays.Seed, $"E{i}"))) + "]";
        return new HttpRequestMessage(HttpMethod.Post, "/v1/grade/batch") { Content = Http.Json(body) };
    }

    private static void AssertEveryGrade(string grades)
    {
        var ids = JsonDocument.Parse(grades).RootElement.EnumerateArray().Select(g => g.GetProperty("id").GetString()).ToList();
        Assert.Equal(Enumerable.Range(0, Essays).Select(i => $"E{i}"), ids);
    }

    private static async Task<string> ListeningAddressAsync(StreamReader output)
    {
        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(60));
        while (await output.ReadLineAsync(timeout.Token) is { } line)
        {
            if (ListeningOn().Match(line) is { Success: true } match)
            {
                _ = output.ReadToEndAsync(CancellationToken.None);
                return match.Groups[1].Value;
            }
        }

        throw new InvalidOperationException("The server ended without listening.");
    }

    [GeneratedRegex(@"Now listening on: (http://\S+)")]
    private static partial Regex ListeningOn();
}
