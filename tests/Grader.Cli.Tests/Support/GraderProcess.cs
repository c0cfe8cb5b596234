using System.Diagnostics;
using System.Runtime.InteropServices;

namespace Grader.Cli.Tests.Support;

/// <summary>The real grader program (Grader.Cli.dll, built beside the tests) started as a child process, for what only a process shows: signals, pipes, exit codes.</summary>
internal static class GraderProcess
{
    public const int SigTerm = 15;

    public static Process Start(string workingDirectory, params string[] args)
    {
        var start = new ProcessStartInfo("dotnet")
        {
            WorkingDirectory = workingDirectory,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            RedirectStandardInput = true,
            UseShellExecute = false,
        };
        start.ArgumentList.Add(Path.Combine(AppContext.BaseDirectory, "Grader.Cli.dll"));
        foreach (var arg in args)
        {
            start.ArgumentList.Add(arg);
        }

        return Process.Start(start)!;
    }

    /// <summary>Sends <paramref name="signal"/> to <paramref name="process"/> (Unix).</summary>
    public static void Signal(Process process, int signal) => Assert.Equal(0, Kill(process.Id, signal));

    [DllImport("libc", EntryPoint = "kill", SetLastError = true)]
    private static extern int Kill(int pid, int signal);
}
