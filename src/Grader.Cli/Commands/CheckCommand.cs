using System.CommandLine;
using Grader.Cli.Console;
using Grader.Linting;

namespace Grader.Cli.Commands;

/// <summary>
/// <c>grader check &lt;rubric.json&gt;</c>: lints a question folder (the rubric and the files it names) and reports what
/// marking will be unable to see; exit code 3 (<see cref="ExitCodes.Failure"/>) when there are errors (including any load problem), 0 otherwise.
/// </summary>
internal static class CheckCommand
{
    public static Command Create(CliConsole console)
    {
        var rubric = new Argument<string>("rubric") { Description = "The rubric JSON file of the question to check." };
        var command = new Command("check", "Check a question folder: load problems, signals the question gives no data for, weak or overlapping key points, terms the model essay never uses, years the timeline cannot check, term weights of 0.")
        {
            rubric,
        };
        command.SetAction(result => Run(console, result.GetValue(rubric)!));
        return command;
    }

    private static int Run(CliConsole console, string rubric)
    {
        var scheme = SchemeLoader.Load(console, rubric);
        if (scheme is null)
        {
            return ExitCodes.Failure;
        }

        var findings = QuestionLint.Run(scheme);
        foreach (var finding in findings)
        {
            console.Out.WriteLine(finding.ToString());
        }

        var errors = findings.Count(f => f.Severity == LintSeverity.Error);
        var warnings = findings.Count(f => f.Severity == LintSeverity.Warning);
        var notes = findings.Count - errors - warnings;
        console.Out.WriteLine($"{scheme.Rubric.Files.RubricPath}: {errors} error{Plural(errors)}, {warnings} warning{Plural(warnings)}, {notes} note{Plural(notes)}; similarity model: {scheme.DescribeSimilarityModel()}.");
        return errors > 0 ? ExitCodes.Failure : ExitCodes.Success;
    }

    private static string Plural(int count) => count == 1 ? "" : "s";
}
