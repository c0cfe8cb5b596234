using Grader.Cli.Console;

namespace Grader.Cli.Tests.Support;

/// <summary>One in-process run of the grader command: its exit code and everything it wrote to standard output and error.</summary>
internal sealed record CliRun(int ExitCode, string Out, string Error)
{
    public static CliRun In(string workingDirectory, params string[] args) => In(workingDirectory, null, default, args);

    public static CliRun In(string workingDirectory, Action<long>? rowWritten, CancellationToken cancellation, params string[] args)
    {
        var output = new StringWriter();
        var error = new StringWriter();
        var console = new CliConsole(output, error, ErrorIsTerminal: false, workingDirectory) { RowWritten = rowWritten };
        var exitCode = GraderApp.Run(args, console, cancellation);
        return new CliRun(exitCode, output.ToString(), error.ToString());
    }
}
