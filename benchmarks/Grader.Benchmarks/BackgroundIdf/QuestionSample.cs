using System.Globalization;
using System.Text.Json;
using Grader.Cli.Csv;
using Grader.Csv;

namespace Grader.Benchmarks.BackgroundIdf;

/// <summary>
/// A question's model essay and its scripts with their intended (or teacher's) marks, read from a question folder:
/// either a bundled question (<c>rubric.json</c> naming its <c>modelEssay</c>, <c>scripts.csv</c>, <c>teacher-marks.csv</c>
/// with <c>teacher_mark</c>, averaged over markers) or a draft (<c>model-essay.txt</c> or <c>reference-answer.txt</c>,
/// <c>scripts.csv</c>, <c>intended.csv</c> with <c>intended_mark</c>).
/// </summary>
internal sealed record QuestionSample(string Name, IReadOnlyList<string> ModelEssayParagraphs, IReadOnlyList<string> Scripts, IReadOnlyList<double> Marks)
{
    public static QuestionSample Read(string folder)
    {
        var rubric = Path.Combine(folder, "rubric.json");
        string modelEssay;
        IReadOnlyDictionary<string, List<string>> marks;
        if (File.Exists(rubric))
        {
            using var json = JsonDocument.Parse(File.ReadAllText(rubric));
            modelEssay = File.ReadAllText(Path.Combine(folder, json.RootElement.GetProperty("modelEssay").GetString()!));
            marks = Column(Path.Combine(folder, "teacher-marks.csv"), "teacher_mark");
        }
        else
        {
            var essay = Path.Combine(folder, "model-essay.txt");
            modelEssay = File.ReadAllText(File.Exists(essay) ? essay : Path.Combine(folder, "reference-answer.txt"));
            marks = Column(Path.Combine(folder, "intended.csv"), "intended_mark");
        }

        var texts = Column(Path.Combine(folder, "scripts.csv"), "text");
        var ids = texts.Keys.Order(StringComparer.Ordinal).ToArray();
        var missing = ids.Where(id => !marks.ContainsKey(id)).ToArray();
        if (missing.Length > 0)
        {
            throw new InvalidDataException($"{folder}: no mark for script(s) {string.Join(", ", missing)}.");
        }

        return new QuestionSample(
            Path.GetFileName(Path.TrimEndingDirectorySeparator(folder)),
            Paragraphs(modelEssay),
            [.. ids.Select(id => texts[id].Single())],
            [.. ids.Select(id => marks[id].Average(m => double.Parse(m, CultureInfo.InvariantCulture)))]);
    }

    /// <summary>The prose paragraphs of a text: blocks between blank lines that end as a sentence does (titles and question lines do not).</summary>
    public static string[] Paragraphs(string text) =>
        [.. text.ReplaceLineEndings("\n").Split("\n\n").Select(p => p.Trim()).Where(p => p.Length > 0 && ".!\"'”’)".Contains(p[^1]))];

    /// <summary>The values of one column of a CSV file with a header and an <c>id</c> column, by id (several when an id recurs, e.g. one per marker).</summary>
    private static Dictionary<string, List<string>> Column(string path, string column)
    {
        using var reader = CsvRecordReader.FromText(File.ReadAllText(path));
        if (!reader.TryRead(out var header))
        {
            throw new InvalidDataException($"{path}: empty.");
        }

        var idColumn = IndexOf(header.Fields, "id", path);
        var valueColumn = IndexOf(header.Fields, column, path);
        var values = new Dictionary<string, List<string>>(StringComparer.Ordinal);
        while (reader.TryRead(out var record))
        {
            if (record.Problem is not null || record.Fields.Count <= Math.Max(idColumn, valueColumn))
            {
                throw new InvalidDataException($"{path}:{record.Line}: {record.Problem ?? "missing field"}.");
            }

            if (!values.TryGetValue(record.Fields[idColumn], out var list))
            {
                values.Add(record.Fields[idColumn], list = []);
            }

            list.Add(record.Fields[valueColumn]);
        }

        return values;
    }

    private static int IndexOf(IReadOnlyList<string> header, string name, string path)
    {
        for (var i = 0; i < header.Count; i++)
        {
            if (header[i] == name)
            {
                return i;
            }
        }

        throw new InvalidDataException($"{path}: no '{name}' column.");
    }
}
