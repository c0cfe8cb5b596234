using System.CommandLine;
using System.CommandLine.Help;
using System.CommandLine.Invocation;
using Grader.Cli.Commands;
using Grader.Cli.CommandLine;
using Grader.Cli.Console;
using Grader.Cli.NativeBuild;

namespace Grader.Cli;

/// <summary>
/// The grader command: parses the command line with System.CommandLine (per-command --help, --version, the [suggest]
/// directive for tab completion) and runs the sub-command. A bad command line gets its errors and a pointer to the
/// command's --help, with exit code 2; file-system failures that escape a command become a one-line message here.
/// </summary>
internal static class GraderApp
{
    private const string Description =
        "grader — rubric-based essay marking with explained marks.\n\n"
        + "Without --rubric the bundled question (installed beside grader: " + DefaultRubric.RelativePath + ") is used. Results go to standard output; "
        + "messages, progress and errors to standard error.\n"
        + "Exit codes: 0 marked, 1 some rows could not be marked, 2 bad command line, 3 run failed, 130 interrupted (Ctrl+C), 141 standard output closed (broken pipe), 143 stopped by SIGTERM.";

    public static int Run(string[] args, CliConsole console, StopSignal? stop = null)
    {
        using var ownStop = stop is null ? new StopSignal() : null;
        stop ??= ownStop!;
        var root = Build(console, stop);
        var configuration = new InvocationConfiguration
        {
            Output = console.Out,
            Error = console.Error,
            EnableDefaultExceptionHandler = false,
            ProcessTerminationTimeout = null,
        };

        // 'grader help mark' is 'grader mark --help'.
        if (args.Length > 0 && args[0] == "help")
        {
            args = [.. args.Skip(1), "--help"];
        }

        var parse = root.Parse(args);
        if (parse.Action is ParseErrorAction)
        {
            return ReportUsageErrors(root, parse, console);
        }

        if (ManagedHandoff.IsNativeBuild && ManagedHandoff.Reason(parse) is { } reason)
        {
            return ManagedHandoff.Run(args, reason, console, stop);
        }

        try
        {
            var exitCode = parse.Invoke(configuration);
            console.Out.Flush();
            return exitCode;
        }
        catch (ManagedHandoffException handoff)
        {
            return ManagedHandoff.Run(args, handoff.Reason, console, stop);
        }
        catch (BrokenPipeException)
        {
            console.Error.WriteLine("error: standard output was closed by the program reading it (broken pipe) before everything was written.");
            return ExitCodes.BrokenPipe;
        }
        catch (OperationCanceledException) when (stop.IsRequested)
        {
            console.Error.WriteLine($"{stop.Cause}.");
            return stop.ExitCode;
        }
        catch (Exception exception) when (exception is IOException or UnauthorizedAccessException)
        {
            console.Error.WriteLine($"error: {exception.Message}");
            return ExitCodes.Failure;
        }
    }

    internal static RootCommand Build(CliConsole console, StopSignal stop)
    {
        var root = new RootCommand(Description)
        {
            MarkCommand.Create(console, stop),
            ExplainCommand.Create(console),
            CalibrateCommand.Create(console),
            TrainCommand.Create(console),
            InitCommand.Create(console),
            CheckCommand.Create(console),
            MergeCommand.Create(console),
            EvaluateCommand.Create(console),
            ServeCommand.Create(console, stop),
        };
        foreach (var option in root.Options)
        {
            option.Action = option switch
            {
                VersionOption => new VersionAction(),
                HelpOption { Action: HelpAction help } => new ToolNameHelpAction(help),
                _ => option.Action,
            };
        }

        return root;
    }

    /// <summary>Every parse error as "error: …", then where to read the options; the bare command prints its help.</summary>
    private static int ReportUsageErrors(RootCommand root, ParseResult parse, CliConsole console)
    {
        if (parse.CommandResult.Command is RootCommand && parse.Tokens.Count == 0)
        {
            root.Parse(["--help"]).Invoke(new InvocationConfiguration { Output = console.Error, Error = console.Error });
            return ExitCodes.Usage;
        }

        foreach (var error in parse.Errors)
        {
            console.Error.WriteLine($"error: {error.Message}");
        }

        console.Error.WriteLine($"Run '{CommandPath(parse)} --help' for its usage and options.");
        return ExitCodes.Usage;
    }

    private static string CommandPath(ParseResult parse)
    {
        var names = new List<string>();
        for (var result = parse.CommandResult; result is not null; result = result.Parent as System.CommandLine.Parsing.CommandResult)
        {
            names.Add(result.Command is RootCommand ? "grader" : result.Command.Name);
        }

        names.Reverse();
        return string.Join(' ', names);
    }
}
