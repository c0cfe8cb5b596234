using System.CommandLine;
using Grader.Cli.CommandLine;
using Grader.Cli.Console;
using Grader.Cli.Marking;
using Grader.Reporting;

namespace Grader.Cli.Commands;

/// <summary>
/// <c>grader explain &lt;essay.txt | essays.csv --id ID&gt; [--rubric &lt;file&gt;] [--format text|json]</c>: one essay's marks
/// with every reason; the essay is a text file, or one row of an essays CSV picked by its id.
/// </summary>
internal static class ExplainCommand
{
    public static Command Create(CliConsole console)
    {
        var essay = new Argument<string>("essay")
        {
            Description = "The essay: a text file (UTF-8, or UTF-16 with a byte-order mark), or an essays CSV file with --id.",
        };
        var id = new Option<string?>("--id") { Description = "With an essays CSV file: the id of the script to explain.", HelpName = "id" };
        var format = new Option<string>("--format") { Description = "text (default) or json (the document 'grader mark --details' writes per row).", DefaultValueFactory = _ => "text" };
        format.AcceptOnlyFromAmong("text", "json");
        var rubric = CliOptions.Rubric();
        var idColumn = CliOptions.IdColumn();
        var textColumn = CliOptions.TextColumn();
        var command = new Command("explain", "Mark one essay and show every reason: each criterion's level, the sentences that earned or cost marks, and the flags.")
        {
            essay, id, format, rubric, idColumn, textColumn,
        };
        command.SetAction(result => Run(
            console,
            console.Resolve(result.GetValue(essay)!),
            result.GetValue(id),
            result.GetValue(format) == "json",
            result.GetValue(rubric),
            result.GetValue(idColumn)!,
            result.GetValue(textColumn)!));
        return command;
    }

    private static int Run(CliConsole console, string path, string? id, bool json, string? rubric, string idColumn, string textColumn)
    {
        var isCsv = path.EndsWith(".csv", StringComparison.OrdinalIgnoreCase);
        if (isCsv && id is null)
        {
            console.Error.WriteLine($"error: {Path.GetFileName(path)} is a CSV file: name the script to explain with --id <id> (an id from its '{idColumn}' column).");
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
            essay = ReadRow(path, id, idColumn, textColumn, out problem);
            title = $"{id} ({Path.GetFileName(path)})";
        }

        if (problem is { Length: > 0 })
        {
            console.Error.WriteLine($"error: {problem}");
            return ExitCodes.Failure;
        }

        var scheme = SchemeLoader.Load(console, rubric);
        if (scheme is null)
        {
            return ExitCodes.Failure;
        }

        var result = new EssayGrader(scheme).Grade(essay);
        if (json)
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
