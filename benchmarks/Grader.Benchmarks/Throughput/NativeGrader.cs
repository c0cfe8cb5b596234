using System.Diagnostics;
using System.Reflection;
using System.Runtime.InteropServices;

namespace Grader.Benchmarks.Throughput;

/// <summary>
/// The Native AOT build of grader that <c>throughput --native</c> measures: published into <c>native/</c> beside this
/// program with the command users run (<c>dotnet publish src/Grader.Cli -c Release -r &lt;rid&gt; -p:PublishAot=true</c>),
/// on first use and again whenever the Grader.Cli build beside this program is newer than it.
/// </summary>
internal static class NativeGrader
{
    private const string ProjectKey = "GraderCliProject";

    /// <summary>
    /// The native program, published first if missing or older than the build (<paramref name="published"/> then says
    /// so); null (with a message) when publishing fails.
    /// </summary>
    public static string? Ensure(TextWriter output, TextWriter error, out bool published)
    {
        published = false;
        var folder = Path.Combine(AppContext.BaseDirectory, "native");
        var program = Path.Combine(folder, OperatingSystem.IsWindows() ? "grader.exe" : "grader");
        var build = Path.Combine(AppContext.BaseDirectory, "Grader.Cli.dll");
        if (File.Exists(program) && File.GetLastWriteTimeUtc(program) >= File.GetLastWriteTimeUtc(build))
        {
            return program;
        }

        var project = typeof(NativeGrader).Assembly.GetCustomAttributes<AssemblyMetadataAttribute>().FirstOrDefault(a => a.Key == ProjectKey)?.Value;
        if (project is null || !File.Exists(project))
        {
            error.WriteLine($"error: the Grader.Cli project to publish natively was not found ({project ?? "not recorded at build time"}).");
            return null;
        }

        var start = new ProcessStartInfo("dotnet") { UseShellExecute = false, RedirectStandardOutput = true, RedirectStandardError = true };
        foreach (var argument in new[] { "publish", project, "-c", "Release", "-r", RuntimeInformation.RuntimeIdentifier, "-p:PublishAot=true", "-o", folder })
        {
            start.ArgumentList.Add(argument);
        }

        published = true;
        output.WriteLine($"publishing the native grader (Native AOT; a few minutes, once per build): dotnet {string.Join(' ', start.ArgumentList)}");
        using var publish = Process.Start(start) ?? throw new InvalidOperationException("Could not start dotnet publish.");
        var errors = publish.StandardError.ReadToEndAsync();
        var log = publish.StandardOutput.ReadToEnd();
        publish.WaitForExit();
        if (publish.ExitCode != 0 || !File.Exists(program))
        {
            var last = string.Join('\n', log.Split('\n').Where(l => l.Contains("error", StringComparison.OrdinalIgnoreCase)).Take(10));
            error.WriteLine($"error: dotnet publish failed (exit code {publish.ExitCode}); Native AOT needs clang and lld (Debian: apt-get install clang lld zlib1g-dev).\n{last}{errors.Result}");
            return null;
        }

        return program;
    }
}
