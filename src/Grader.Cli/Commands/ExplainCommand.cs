using Grader.Cli.Console;
using Grader.Cli.Marking;
using Grader.Reporting;
using Grader.Text;

namespace Grader.Cli.Commands;

/// <summary>
/// <c>grader explain &lt;essay.txt | essays.csv --id ID&gt; [--rubric &lt;file&gt;] [--format text|json]</c>: one essay's marks
/// with every reason; the essay is a text file, or one row of an essays CSV picked by its id.
/// </summary>
internal static class ExplainCommand
{
    public const string Usage = "grader explain <essay.txt | essays.csv --id <id>> [--rubric <file>] [--format text|json] [--id-column <name>] [--text-column <name>]";

    public static int Run(IReadOnlyList<string> args, CliConsole console)
    {
        var parsed = ParsedArguments.Parse(args, ["rubric", "format", "id", "id-column", "text-column"], [], out var error);
        if (parsed is null || parsed.Positionals.Count != 1)
        {
            console.Error.WriteLine($"error: {(parsed is null ? error : "give exactly one essay file, or an essays CSV file with --id.")}");
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
        var id = parsed.Option("id");
        var isCsv = path.EndsWith(".csv", StringComparison.OrdinalIgnoreCase);
        if (isCsv && id is null)
        {
            console.Error.WriteLine($"error: {Path.GetFileName(path)} is a CSV file: name the script to explain with --id <id> (an id from its '{parsed.Option("id-column") ?? "id"}' column).");
            return ExitCodes.Usage;
        }

        string essay, title;
        string? problem;
        if (id is null)
        {
            EssayFile.TryRead(path, out essay, out problem);
            title = Path.GetFileName(path);
        }
        else
        {
            essay = ReadRow(path, id, parsed.Option("id-column") ?? "id", parsed.Option("text-column") ?? "text", out problem);
            title = $"{id} ({Path.GetFileName(path)})";
        }

        if (problem is { Length: > 0 })
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
            console.Out.WriteLine(GradeJsonWriter.ToJson(result, id));
        }
        else
        {
            GradeTextWriter.Write(console.Out, result, $"{title} — {scheme.Rubric.Title}");
        }

        return ExitCodes.Success;
    }

    /// <summary>The essay of the row with id <paramref name="id"/>, read and checked as <c>grader mark</c> reads it; a problem when there is none or it cannot be marked.</summary>
    private static string ReadRow(string path, string id, string idColumn, string textColumn, out string? problem)
    {
        using var source = CsvEssaySource.Open(path, idColumn, textColumn, MarkOptions.DefaultMaxTextLength, out var openProblem);
        if (source is null)
        {
            problem = openProblem;
            return "";
        }

        var others = new List<string>();
        try
        {
            foreach (var row in source.ReadRows())
            {
                if (!string.Equals(row.Id, id, StringComparison.Ordinal))
                {
                    if (others.Count < 5)
                    {
                        others.Add(row.Id);
                    }

                    continue;
                }

                problem = row.Problem;
                return row.Text;
            }
        }
        catch (InvalidDataException exception)
        {
            problem = exception.Message;
            return "";
        }

        problem = others.Count == 0
            ? $"{Path.GetFileName(path)} has no rows."
            : $"{Path.GetFileName(path)} has no row with the id '{id}' (its ids begin {string.Join(", ", others)}). Check the id; ids are matched exactly.";
        return "";
    }
}
