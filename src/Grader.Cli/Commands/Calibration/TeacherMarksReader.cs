using System.Globalization;
using Grader.Calibration;
using Grader.Cli.CommandLine;
using Grader.Cli.Csv;
using Grader.Cli.Files;
using Grader.Csv;
using Grader.Rubrics;

namespace Grader.Cli.Commands.Calibration;

/// <summary>
/// Reads a marked-scripts CSV: columns <c>id</c>, <c>text</c>, <c>teacher_mark</c> (the total), optional
/// <c>teacher_&lt;criterion id&gt;</c> per-criterion marks and an optional <c>marker</c>; other columns are ignored. A
/// script marked by several markers has one row per marker with the same id. Every problem is reported with its line,
/// all at once.
/// </summary>
internal static class TeacherMarksReader
{
    public const int MaxTextLength = 200_000;
    private const string TeacherPrefix = "teacher_";

    /// <summary>The marked scripts, or null with every problem added to <paramref name="problems"/>; <paramref name="notes"/> gets what was detected.</summary>
    public static IReadOnlyList<MarkedScript>? Read(InputSource input, Rubric rubric, CsvColumns format, List<string> problems, List<string> notes)
    {
        try
        {
            return ReadRecords(input, rubric, format, problems, notes);
        }
        catch (CsvHelper.CsvFormatException exception)
        {
            // Only a record past the size limit (almost always a quote never closed) stops CsvHelper.
            problems.Add($"{input.Name}:{exception.LineNumber}: a row here is larger than {Marking.CsvEssaySource.MaxRecordBytes(MaxTextLength):N0} bytes; a quote is probably never closed. Fix the quoting.");
            return null;
        }
    }

    private static IReadOnlyList<MarkedScript>? ReadRecords(InputSource input, Rubric rubric, CsvColumns format, List<string> problems, List<string> notes)
    {
        var name = input.Name;
        if (input.TryOpen("the marked scripts", out var openProblem) is not { } stream)
        {
            problems.Add(openProblem);
            return null;
        }

        using var reader = CsvRecordReader.Open(stream, Marking.CsvEssaySource.MaxRecordBytes(MaxTextLength), format.Encoding, format.Delimiter);
        if (reader.Format.IsUnusual)
        {
            notes.Add($"{name}: read as {reader.Format.Describe()}.");
        }

        if (!reader.TryRead(out var header))
        {
            problems.Add($"{name}: the file is empty. It needs a header line with id,text,teacher_mark and one row per marked script.");
            return null;
        }

        var columns = header.Fields.Select(f => f.Trim()).ToList();
        int Index(string column) => columns.FindIndex(c => string.Equals(c, column, StringComparison.OrdinalIgnoreCase));
        var idIndex = Index("id");
        var textIndex = Index("text");
        var markIndex = Index("teacher_mark");
        var markerIndex = Index("marker");
        var missing = new[] { ("id", idIndex), ("text", textIndex), ("teacher_mark", markIndex) }.Where(c => c.Item2 < 0).Select(c => c.Item1).ToArray();
        if (missing.Length > 0)
        {
            problems.Add($"{name}:{header.Line}: the header has no {string.Join(", ", missing)} column{(missing.Length == 1 ? "" : "s")}. It needs id, text and teacher_mark (optional: marker, teacher_<criterion id>); it has {string.Join(", ", columns)}.");
            return null;
        }

        var criterionColumns = new Dictionary<int, Criterion>();
        for (var i = 0; i < columns.Count; i++)
        {
            if (i == markIndex || !columns[i].StartsWith(TeacherPrefix, StringComparison.OrdinalIgnoreCase))
            {
                continue;
            }

            var id = columns[i][TeacherPrefix.Length..];
            var criterion = rubric.Criteria.FirstOrDefault(c => string.Equals(c.Id, id, StringComparison.OrdinalIgnoreCase));
            if (criterion is null)
            {
                problems.Add($"{name}:{header.Line}: column '{columns[i]}': the rubric '{rubric.Id}' has no criterion '{id}'. Its criteria are {string.Join(", ", rubric.Criteria.Select(c => c.Id))}.");
            }
            else
            {
                criterionColumns[i] = criterion;
            }
        }

        var scripts = new List<MarkedScript>();
        var seen = new HashSet<(string, string)>();
        while (reader.TryRead(out var record))
        {
            var at = $"{name}:{record.Line}";
            if (record.Problem is not null)
            {
                problems.Add($"{at}: {record.Problem}");
                if (record.Desynchronises)
                {
                    problems.Add($"{at}: the quoting goes wrong across lines here, so the rows after it were not read. Fix it first.");
                    break;
                }

                continue;
            }

            if (record.Fields.Count != columns.Count)
            {
                problems.Add($"{at}: {record.Fields.Count} fields, but the header has {columns.Count}. Quote fields that contain commas or line breaks.");
                continue;
            }

            var id = record.Fields[idIndex].Trim();
            var text = record.Fields[textIndex];
            var marker = markerIndex >= 0 ? record.Fields[markerIndex].Trim() : null;
            if (id.Length == 0)
            {
                problems.Add($"{at}: the id is empty.");
                continue;
            }

            if (text.Length > MaxTextLength)
            {
                problems.Add($"{at}: script '{id}' is longer than {MaxTextLength:N0} characters.");
                continue;
            }

            if (string.IsNullOrWhiteSpace(text))
            {
                problems.Add($"{at}: script '{id}' has no text.");
                continue;
            }

            if (record.FirstInvalidCharacter(textIndex) >= 0 || record.FirstInvalidCharacter(idIndex) >= 0)
            {
                problems.Add($"{at}: script '{id}' holds bytes that are not valid {reader.Format.Encoding.DisplayName}. Save the file as UTF-8, or give its encoding with --encoding.");
                continue;
            }

            var mark = ParseMark(record.Fields[markIndex], rubric.MaxMark, $"{at}: teacher_mark of '{id}'", problems);
            var criterionMarks = new Dictionary<string, int>(StringComparer.Ordinal);
            foreach (var (index, criterion) in criterionColumns)
            {
                if (record.Fields[index].Trim().Length == 0)
                {
                    continue;
                }

                if (ParseMark(record.Fields[index], criterion.Max, $"{at}: {columns[index]} of '{id}'", problems) is { } criterionMark)
                {
                    criterionMarks[criterion.Id] = criterionMark;
                }
            }

            if (!seen.Add((id, marker ?? "")))
            {
                problems.Add($"{at}: script '{id}' is marked twice{(string.IsNullOrEmpty(marker) ? "" : $" by '{marker}'")}. Give each marker's mark once (a second marker needs a 'marker' column).");
                continue;
            }

            if (mark is not null)
            {
                scripts.Add(new MarkedScript(id, text, mark.Value, criterionMarks, string.IsNullOrEmpty(marker) ? null : marker));
            }
        }

        return problems.Count > 0 ? null : scripts;
    }

    private static int? ParseMark(string text, int max, string what, List<string> problems)
    {
        text = text.Trim();
        if (!int.TryParse(text, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var mark))
        {
            problems.Add($"{what} is '{text}', not a whole number of marks from 0 to {max}.");
            return null;
        }

        if (mark < 0 || mark > max)
        {
            problems.Add($"{what} is {mark}, outside 0–{max}.");
            return null;
        }

        return mark;
    }
}
