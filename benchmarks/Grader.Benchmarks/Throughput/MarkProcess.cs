using System.Diagnostics;
using System.Runtime.InteropServices;

namespace Grader.Benchmarks.Throughput;

/// <summary>
/// Runs <c>grader mark</c> (the Grader.Cli program built beside this one, or the native build given) as a child process and measures it: wall time
/// from start to exit, and its peak resident memory (the kernel's <c>ru_maxrss</c> for waited-for children on Linux;
/// elsewhere, or when this process has waited for another child before, such as <c>dotnet publish</c>, the peak working
/// set, which on Linux is the kernel's high-water mark, sampled every 20 ms while it runs).
/// </summary>
internal static partial class MarkProcess
{
    private const int ChildrenUsage = -1;

    public static MarkRun Run(string? program, string input, string marks, string rubric, int? threads, string? calibration = null, bool otherChildren = false)
    {
        // A run of 'grader --version' first, not measured: the program's files are then in the page cache, and this
        // process has compiled what starting a process takes, as it would otherwise do while the measured run goes.
        using (var warmUp = Process.Start(Start(program, ["--version"])) ?? throw new InvalidOperationException("Could not start grader."))
        {
            warmUp.StandardOutput.ReadToEnd();
            warmUp.StandardError.ReadToEnd();
            warmUp.WaitForExit();
        }

        var arguments = new List<string> { "mark", input, "--rubric", rubric, "--out", marks };
        if (calibration is not null)
        {
            arguments.AddRange(["--calibration", calibration]);
        }

        if (threads is { } n)
        {
            arguments.AddRange(["--threads", n.ToString(System.Globalization.CultureInfo.InvariantCulture)]);
        }

        var stopwatch = Stopwatch.StartNew();
        using var process = Process.Start(Start(program, arguments)) ?? throw new InvalidOperationException("Could not start grader mark.");
        var standardError = process.StandardError.ReadToEndAsync();
        var standardOutput = process.StandardOutput.ReadToEndAsync();
        long sampledPeak = 0;

        // On Linux the kernel keeps the peak of every waited-for child (ru_maxrss), so this process only waits, and takes
        // no core from the run; elsewhere, or when another child ran before (dotnet publish), it samples the peak.
        var kernelPeak = OperatingSystem.IsLinux() && !otherChildren;
        while (!kernelPeak && !process.WaitForExit(20))
        {
            try
            {
                process.Refresh();
                sampledPeak = Math.Max(sampledPeak, process.PeakWorkingSet64);
            }
            catch (InvalidOperationException)
            {
                break;
            }
        }

        process.WaitForExit();
        stopwatch.Stop();
        var peak = kernelPeak && GetResourceUsage(ChildrenUsage, out var usage) == 0 ? usage.MaxResidentKilobytes * 1024 : sampledPeak;
        _ = standardOutput.Result;
        return new MarkRun(process.ExitCode, stopwatch.Elapsed, Math.Max(peak, sampledPeak), standardError.Result);
    }

    private static ProcessStartInfo Start(string? program, IEnumerable<string> arguments)
    {
        var start = new ProcessStartInfo
        {
            RedirectStandardError = true,
            RedirectStandardOutput = true,
            UseShellExecute = false,
        };
        var apphost = Path.Combine(AppContext.BaseDirectory, OperatingSystem.IsWindows() ? "Grader.Cli.exe" : "Grader.Cli");
        if (program is not null)
        {
            start.FileName = program;
        }
        else if (File.Exists(apphost))
        {
            start.FileName = apphost;
        }
        else
        {
            start.FileName = "dotnet";
            start.ArgumentList.Add(Path.Combine(AppContext.BaseDirectory, "Grader.Cli.dll"));
        }

        foreach (var argument in arguments)
        {
            start.ArgumentList.Add(argument);
        }

        return start;
    }

    [LibraryImport("libc", EntryPoint = "getrusage")]
    private static partial int GetResourceUsage(int who, out ResourceUsage usage);

    /// <summary>Linux <c>struct rusage</c> on 64-bit: two <c>timeval</c>s, then fourteen longs, the first being <c>ru_maxrss</c> in kilobytes.</summary>
    [StructLayout(LayoutKind.Sequential)]
    private struct ResourceUsage
    {
        public long UserSeconds;
        public long UserMicroseconds;
        public long SystemSeconds;
        public long SystemMicroseconds;
        public long MaxResidentKilobytes;
        public long SharedText;
        public long SharedData;
        public long SharedStack;
        public long MinorFaults;
        public long MajorFaults;
        public long Swaps;
        public long BlocksIn;
        public long BlocksOut;
        public long MessagesSent;
        public long MessagesReceived;
        public long Signals;
        public long VoluntarySwitches;
        public long InvoluntarySwitches;
    }
}
