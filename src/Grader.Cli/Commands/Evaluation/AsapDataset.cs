using System.Globalization;
using Grader.Text;

namespace Grader.Cli.Commands.Evaluation;

/// <summary>
/// Reads the ASAP-AES data set from the folder the user names (never copied): the TSV with one essay per line (the essay
/// quoted, quotes doubled) and the Taghipour &amp; Ng folds (folds/fold_k/{train,dev,test}_ids.txt).
/// </summary>
/// <remarks>
/// The TSV is read as UTF-8 when it is valid UTF-8 and as Windows-1252 (Latin-1) otherwise: Kaggle's original file is
/// Latin-1, but the reconstructed one is UTF-8, and read as Latin-1 its curly quotation marks and apostrophes become
/// three characters each, which split words ("don’t") and hide the essays' quotations from the copy screen.
/// </remarks>
internal sealed class AsapDataset
{
    public const string EssaysFile = "training_set_rel3.reconstructed.tsv";

    private AsapDataset(IReadOnlyDictionary<int, AsapEssay> essays, IReadOnlyList<AsapFold> folds)
    {
        Essays = essays;
        Folds = folds;
    }

    public IReadOnlyDictionary<int, AsapEssay> Essays { get; }

    public IReadOnlyList<AsapFold> Folds { get; }

    /// <summary>Reads the folder; null and a problem (saying what is missing or on which line) when it cannot.</summary>
    public static AsapDataset? Read(string folder, out string problem)
    {
        var path = Path.Combine(folder, EssaysFile);
        if (!File.Exists(path))
        {
            problem = $"{path}: not found. Give the ASAP-AES folder that holds {EssaysFile} and folds/.";
            return null;
        }

        var essays = new Dictionary<int, AsapEssay>();
        var lineNumber = 0;
        using var lines = new StringReader(Decode(File.ReadAllBytes(path)));
        while (lines.ReadLine() is { } line)
        {
            lineNumber++;
            if (lineNumber == 1 || line.Length == 0)
            {
                continue;
            }

            var essay = ParseLine(line);
            if (essay is null)
            {
                problem = $"{path}:{lineNumber}: not an ASAP essay line (id, set, quoted essay, scores separated by tabs).";
                return null;
            }

            essays[essay.Id] = essay;
        }

        var folds = new List<AsapFold>();
        for (var k = 0; Directory.Exists(Path.Combine(folder, "folds", $"fold_{k}")); k++)
        {
            var foldFolder = Path.Combine(folder, "folds", $"fold_{k}");
            folds.Add(new AsapFold(k, ReadIds(foldFolder, "train").Concat(ReadIds(foldFolder, "dev")).ToArray(), ReadIds(foldFolder, "test")));
        }

        if (folds.Count == 0)
        {
            problem = $"{Path.Combine(folder, "folds")}: no fold_0, fold_1 … folders with train_ids.txt, dev_ids.txt and test_ids.txt.";
            return null;
        }

        problem = "";
        return new AsapDataset(essays, folds);
    }

    /// <summary>The file's text: UTF-8 when the bytes are valid UTF-8 (a byte-order mark skipped), otherwise Windows-1252.</summary>
    internal static string Decode(byte[] bytes) =>
        TextDecoding.TryDecode(bytes, InputEncoding.Utf8, strict: false, out var text, out _, out _) ? text : TextDecoding.DecodeWindows1252(bytes);

    private static int[] ReadIds(string folder, string part)
    {
        var path = Path.Combine(folder, part + "_ids.txt");
        return File.Exists(path)
            ? File.ReadLines(path).Select(l => l.Trim()).Where(l => l.Length > 0).Select(l => int.Parse(l, CultureInfo.InvariantCulture)).ToArray()
            : [];
    }

    /// <summary>
    /// Parses "id \t set \t "essay" \t rater1 \t rater2 \t rater3 \t score \t …" (28 columns). The essay is taken as
    /// everything between the second tab and the last 25 columns, because some essays hold quotes that are not doubled.
    /// Null when the line is not an essay line.
    /// </summary>
    internal static AsapEssay? ParseLine(string line)
    {
        var fields = line.TrimEnd('\r').Split('\t');
        if (fields.Length < 28
            || !int.TryParse(fields[0], NumberStyles.None, CultureInfo.InvariantCulture, out var id)
            || !int.TryParse(fields[1], NumberStyles.None, CultureInfo.InvariantCulture, out var set))
        {
            return null;
        }

        var scores = fields.AsSpan(fields.Length - 25);
        var text = string.Join('\t', fields[2..^25]);
        if (text.Length >= 2 && text[0] == '"' && text[^1] == '"')
        {
            text = text[1..^1].Replace("\"\"", "\"", StringComparison.Ordinal);
        }

        if (!int.TryParse(scores[3], NumberStyles.None, CultureInfo.InvariantCulture, out var score))
        {
            return null;
        }

        return new AsapEssay(id, set, text, ParseScore(scores[0]), ParseScore(scores[1]), score);
    }

    private static int? ParseScore(string text) =>
        int.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out var value) ? value : null;
}
