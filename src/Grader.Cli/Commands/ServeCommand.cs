using Grader.Cli.Console;
using Grader.Server;

namespace Grader.Cli.Commands;

/// <summary>
/// <c>grader serve</c>: the grading HTTP service (Grader.Server). Its arguments go to the server as they are; when no
/// question is configured, the bundled rubric is served under its folder's name.
/// </summary>
internal static class ServeCommand
{
    public const string Usage = "grader serve [--question <name>=<rubric.json>]... [--rubric <file>] [--urls <url>] [options]   (see grader serve --help)";

    public static int Run(string[] args, CliConsole console, CancellationToken cancellation) =>
        GraderServer.RunAsync(args, DefaultRubric.Find(console.WorkingDirectory), console.Out, console.Error, cancellation).GetAwaiter().GetResult();
}
