using System.CommandLine;
using Grader.Cli.CommandLine;
using Grader.Cli.Console;
using Grader.Cli.Marking;
using Grader.Cli.Files;
using Grader.Reporting;
using Grader.Text;

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
            Description = "The essay: a text file, an essays CSV file with --id, or - for either on standard input.",
        };
        var id = new Option<string?>("--id") { Description = "With an essays CSV file: the id of the script to explain.", HelpName = "id" };
        var format = new Option<string>("--format") { Description = "text (default) or json (the document 'grader mark --details' writes per row).", DefaultValueFactory = _ => "text" };
        format.AcceptOnlyFromAmong("text", "json");
        var rubric = CliOptions.Rubric();
        var idColumn = CliOptions.IdColumn();
        var textColumn = CliOptions.TextColumn();
        var encoding = CliOptions.Encoding();
        var delimiter = CliOptions.Delimiter();
        var command = new Command("explain", "Mark one essay and show every reason: each criterion's level, the sentences that earned or cost marks, and the flags.")
        {
            essay, id, format, rubric, idColumn, textColumn, encoding, delimiter,
        };
        command.SetAction(result => Run(
            console,
            InputSource.For(result.GetValue(essay)!, console),
            result.GetValue(id),
            result.GetValue(format) == "json",
            result.GetValue(rubric),
            new CsvColumns(result.GetValue(idColumn)!, result.GetValue(textColumn)!, result.GetValue(encoding), result.GetValue(delimiter))));
        return command;
    }

    private static int Run(CliConsole console, InputSource input, string? id, bool json, string? rubric, CsvColumns columns)
    {
        var isCsv = input.Name.EndsWith(".csv", StringComparison.OrdinalIgnoreCase);
        if (isCsv && id is null)
        {
            console.Error.WriteLine($"error: {input.Name} is a CSV file: name the script to explain with --id <id> (an id from its '{columns.IdColumn}' column).");
            return ExitCodes.Usage;
        }

        // The question first: the native build may hand the whole command on when it loads it, before the essay (perhaps
        // standard input, which can be read only once) is read.
        var scheme = SchemeLoader.Load(console, rubric);
        if (scheme is null)
        {
            return ExitCodes.Failure;
        }

        string essay, title;
        string? problem;
        if (id is null)
        {
            if (EssayFile.TryRead(input, columns.Encoding, MarkOptions.DefaultMaxTextLength, out essay, out var used, out problem) && used is { Encoding: not InputEncoding.Utf8 })
            {
                console.Error.WriteLine($"note: {input.Name}: read as {used.DisplayName} ({used.Reason}).");
            }

            title = input.Name;
        }
        else
        {
            essay = ReadRow(input, id, columns, out problem);
            title = $"{id} ({input.Name})";
        }

        if (problem is { Length: > 0 })
        {
            console.Error.WriteLine($"error: {problem}");
            return ExitCodes.Failure;
        }

        var result = new EssayGrader(scheme).Grade(essay);
        if (json)
        {
            console.Out.WriteLine(GradeJsonWriter.ToJson(result, id));
        }
        else
        {
            // The text report quotes the essay: shown safely, as it is meant for a terminal (JSON escapes control characters itself).
            GradeTextWriter.Write(new TerminalWriter(console.Out), result, $"{title} — {scheme.Rubric.Title}");
        }

        return ExitCodes.Success;
    }

    /// <summary>The essay of the row with id <paramref name="id"/>, read and checked as <c>grader mark</c> reads it; a problem when there is none or it cannot be marked.</summary>
    private static string ReadRow(InputSource input, string id, CsvColumns columns, out string? problem)
    {
        using var source = CsvEssaySource.Open(input, columns.IdColumn, columns.TextColumn, MarkOptions.DefaultMaxTextLength, columns.Encoding, columns.Delimiter, out var openProblem);
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
            ? $"{input.Name} has no rows."
            : $"{input.Name} has no row with the id '{id}' (its ids begin {string.Join(", ", others)}). Check the id; ids are matched exactly.";
        return "";
    }
}
