using Grader.Cli.Console;

namespace Grader.Cli.Tests.Support;

/// <summary>One in-process run of the grader command: its exit code and everything it wrote to standard output and error.</summary>
internal sealed record CliRun(int ExitCode, string Out, string Error)
{
    public static CliRun In(string workingDirectory, params string[] args) => In(workingDirectory, null, null, args);

    /// <summary>A run that calls <paramref name="rowWritten"/> after each marks row and can be stopped through <paramref name="stop"/>.</summary>
    public static CliRun In(string workingDirectory, Action<long>? rowWritten, StopSignal? stop, params string[] args)
    {
        var output = new StringWriter();
        var error = new StringWriter();
        var console = new CliConsole(output, error, ErrorIsTerminal: false, workingDirectory) { RowWritten = rowWritten };
        var exitCode = GraderApp.Run(args, console, stop);
        return new CliRun(exitCode, output.ToString(), error.ToString());
    }
}
