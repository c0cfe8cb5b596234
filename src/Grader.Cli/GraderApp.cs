using Grader.Cli.Commands;
using Grader.Cli.Console;

namespace Grader.Cli;

/// <summary>
/// The grader command: dispatches to a sub-command. Commands report the errors a user can cause (bad files, rows,
/// options) as messages with exit codes; file-system failures that escape them are turned into a one-line message here.
/// </summary>
internal static class GraderApp
{
    private static readonly string Help = string.Join(
        Environment.NewLine,
        "grader — rubric-based essay marking with explained marks",
        "",
        "usage:",
        "  " + ExplainCommand.Usage,
        "  " + TrainCommand.Usage,
        "  " + MarkCommand.Usage,
        "  " + MergeCommand.Usage,
        "  " + CalibrateCommand.Usage,
        "  " + EvaluateCommand.Usage,
        "  " + ServeCommand.Usage,
        "",
        "Without --rubric the bundled rubric (" + DefaultRubric.RelativePath + ") is used.",
        "Exit codes: 0 marked, 1 some rows could not be marked, 2 bad command line, 3 run failed, 130 interrupted.");

    public static int Run(string[] args, CliConsole console, CancellationToken cancellation = default)
    {
        if (args.Length == 0 || args[0] is "-h" or "--help" or "help")
        {
            (args.Length == 0 ? console.Error : console.Out).WriteLine(Help);
            return args.Length == 0 ? ExitCodes.Usage : ExitCodes.Success;
        }

        var rest = args.AsSpan(1).ToArray();
        try
        {
            return args[0] switch
            {
                "explain" => ExplainCommand.Run(rest, console),
                "train" => TrainCommand.Run(rest, console),
                "mark" => MarkCommand.Run(rest, console, cancellation),
                "merge" => MergeCommand.Run(rest, console),
                "calibrate" => CalibrateCommand.Run(rest, console),
                "evaluate" => EvaluateCommand.Run(rest, console),
                "serve" => ServeCommand.Run(rest, console, cancellation),
                _ => UnknownCommand(args[0], console),
            };
        }
        catch (OperationCanceledException) when (cancellation.IsCancellationRequested)
        {
            console.Error.WriteLine("Interrupted.");
            return ExitCodes.Interrupted;
        }
        catch (Exception exception) when (exception is IOException or UnauthorizedAccessException)
        {
            console.Error.WriteLine($"error: {exception.Message}");
            return ExitCodes.Failure;
        }
    }

    private static int UnknownCommand(string command, CliConsole console)
    {
        console.Error.WriteLine($"error: unknown command '{command}'.");
        console.Error.WriteLine(Help);
        return ExitCodes.Usage;
    }
}
