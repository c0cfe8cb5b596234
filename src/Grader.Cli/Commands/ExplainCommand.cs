using Grader.Cli.Console;
using Grader.Reporting;
using Grader.Text;

namespace Grader.Cli.Commands;

/// <summary><c>grader explain &lt;essay.txt&gt; [--rubric &lt;file&gt;] [--format text|json]</c>: one essay's marks with every reason.</summary>
internal static class ExplainCommand
{
    public const string Usage = "grader explain <essay.txt> [--rubric <file>] [--format text|json]";

    public static int Run(IReadOnlyList<string> args, CliConsole console)
    {
        var parsed = ParsedArguments.Parse(args, ["rubric", "format"], [], out var error);
        if (parsed is null || parsed.Positionals.Count != 1)
        {
            console.Error.WriteLine($"error: {(parsed is null ? error : "give exactly one essay file.")}");
            console.Error.WriteLine($"usage: {Usage}");
            return ExitCodes.Usage;
        }

        var format = parsed.Option("format") ?? "text";
        if (format is not ("text" or "json"))
        {
            console.Error.WriteLine($"error: --format must be 'text' or 'json', not '{format}'.");
            return ExitCodes.Usage;
        }

        var path = console.Resolve(parsed.Positionals[0]);
        if (!EssayFile.TryRead(path, out var essay, out var problem))
        {
            console.Error.WriteLine($"error: {problem}");
            return ExitCodes.Failure;
        }

        var scheme = SchemeLoader.Load(console, parsed.Option("rubric"));
        if (scheme is null)
        {
            return ExitCodes.Failure;
        }

        var result = new EssayGrader(scheme).Grade(essay);
        if (format == "json")
        {
            console.Out.WriteLine(GradeJsonWriter.ToJson(result));
        }
        else
        {
            GradeTextWriter.Write(console.Out, result, $"{Path.GetFileName(path)} — {scheme.Rubric.Title}");
        }

        return ExitCodes.Success;
    }
}
