using System.Globalization;
using Grader.Cli.Csv;

namespace Grader.Cli.Marking;

/// <summary>
/// Essays from a CSV file with a header: the id and text columns (named by the user), every other column passed through.
/// A bad row (malformed quoting, wrong number of fields, bad id or text) comes back with its problem and line number;
/// only a file that cannot be read at all, or a header without the id and text columns, stops the run.
/// </summary>
internal sealed class CsvEssaySource : IEssaySource
{
    private readonly CountingStream _stream;
    private readonly CsvRecordReader _reader;
    private readonly int _headerWidth;
    private readonly int _idIndex;
    private readonly int _textIndex;
    private readonly int[] _passThroughIndexes;
    private readonly EssayRowChecker _checker;
    private readonly string _fileName;

    private CsvEssaySource(CountingStream stream, CsvRecordReader reader, IReadOnlyList<string> header, int idIndex, int textIndex, EssayRowChecker checker, string fileName)
    {
        _stream = stream;
        _reader = reader;
        _headerWidth = header.Count;
        _idIndex = idIndex;
        _textIndex = textIndex;
        _checker = checker;
        _fileName = fileName;
        _passThroughIndexes = Enumerable.Range(0, header.Count).Where(i => i != idIndex && i != textIndex).ToArray();
        PassThroughColumns = _passThroughIndexes.Select(i => header[i]).ToArray();
        Progress = new ReadingProgress(() => _stream.BytesRead, stream.Length, null);
    }

    public IReadOnlyList<string> PassThroughColumns { get; }

    public ReadingProgress Progress { get; }

    /// <summary>Opens <paramref name="path"/> and reads its header; null (and <paramref name="problem"/>) when the run cannot go on.</summary>
    public static CsvEssaySource? Open(string path, string idColumn, string textColumn, int maxTextLength, out string problem)
    {
        var name = Path.GetFileName(path);
        CountingStream stream;
        try
        {
            stream = new CountingStream(new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.Read, 1, FileOptions.SequentialScan));
        }
        catch (Exception exception) when (exception is IOException or UnauthorizedAccessException)
        {
            problem = exception is FileNotFoundException or DirectoryNotFoundException
                ? $"{path}: no such file. Check the path."
                : $"{path}: cannot be read ({exception.Message}).";
            return null;
        }

        var reader = new CsvRecordReader(CsvInputEncoding.OpenReader(stream), maxTextLength);
        if (!reader.TryRead(out var header))
        {
            stream.Dispose();
            problem = $"{name}: the file is empty. It needs a header line naming the '{idColumn}' and '{textColumn}' columns, then one row per essay.";
            return null;
        }

        problem = HeaderProblem(header, idColumn, textColumn, name, out var idIndex, out var textIndex);
        if (problem.Length > 0)
        {
            stream.Dispose();
            return null;
        }

        return new CsvEssaySource(stream, reader, header.Fields, idIndex, textIndex, new EssayRowChecker(maxTextLength), name);
    }

    public IEnumerable<EssayRow> ReadRows()
    {
        long row = 0;
        while (_reader.TryRead(out var record))
        {
            row++;
            yield return ToRow(row, record);
        }
    }

    public void Dispose() => _stream.Dispose();

    private EssayRow ToRow(long row, CsvRecord record)
    {
        var fields = record.Fields;
        var id = Cell(fields, _idIndex);
        var text = Cell(fields, _textIndex);
        var passThrough = new string[_passThroughIndexes.Length];
        for (var i = 0; i < passThrough.Length; i++)
        {
            passThrough[i] = Cell(fields, _passThroughIndexes[i]).Replace(CsvInputEncoding.InvalidByteMarker, '\uFFFD');
        }

        var location = string.Create(CultureInfo.InvariantCulture, $"{_fileName} line {record.Line}");
        string? problem;
        if (record.Problem is not null)
        {
            problem = $"{location}: {record.Problem}";
        }
        else if (fields.Count != _headerWidth)
        {
            problem = string.Create(CultureInfo.InvariantCulture, $"{location}: {fields.Count} field{(fields.Count == 1 ? "" : "s")} where the header has {_headerWidth}. Quote any field that holds a comma or line break.");
        }
        else if (record.HasOverlongField && record.FirstOverlongField != _textIndex)
        {
            problem = string.Create(CultureInfo.InvariantCulture, $"{location}: field {record.FirstOverlongField + 1} is longer than {_checker.MaxTextLength:N0} characters.");
        }
        else
        {
            problem = _checker.Check(id, text, record.HasOverlongField, location);
        }

        id = id.Replace(CsvInputEncoding.InvalidByteMarker, '\uFFFD');
        return new EssayRow(row, location, id, problem is null ? text : "", passThrough, problem);
    }

    private static string Cell(IReadOnlyList<string> fields, int index) => index < fields.Count ? fields[index] : "";

    private static string HeaderProblem(CsvRecord header, string idColumn, string textColumn, string name, out int idIndex, out int textIndex)
    {
        idIndex = textIndex = -1;
        if (header.Problem is not null)
        {
            return $"{name} line 1 (the header): {header.Problem}";
        }

        if (header.HasOverlongField || header.Fields.Any(f => f.Contains(CsvInputEncoding.InvalidByteMarker)))
        {
            return $"{name} line 1 (the header) is not a header of column names (too long, or not valid UTF-8/UTF-16 text). Save the file as UTF-8 with a header line.";
        }

        var problems = new List<string>();
        idIndex = FindColumn(header.Fields, idColumn, "--id-column", name, problems);
        textIndex = FindColumn(header.Fields, textColumn, "--text-column", name, problems);
        if (problems.Count == 0 && idIndex == textIndex)
        {
            problems.Add("the id and text columns must be different columns.");
        }

        return string.Join(" ", problems);
    }

    private static int FindColumn(IReadOnlyList<string> header, string column, string option, string name, List<string> problems)
    {
        var exact = IndexesWhere(header, h => string.Equals(h, column, StringComparison.Ordinal));
        var matches = exact.Length > 0 ? exact : IndexesWhere(header, h => string.Equals(h.Trim(), column.Trim(), StringComparison.OrdinalIgnoreCase));
        if (matches.Length == 1)
        {
            return matches[0];
        }

        var columns = string.Join(", ", header.Select(h => $"'{h}'"));
        problems.Add(matches.Length == 0
            ? $"{name}: the header has no '{column}' column (it has {columns}). Name the column with {option}."
            : $"{name}: the header has more than one '{column}' column. Rename one of them.");
        return -1;
    }

    private static int[] IndexesWhere(IReadOnlyList<string> header, Func<string, bool> predicate) =>
        Enumerable.Range(0, header.Count).Where(i => predicate(header[i])).ToArray();
}
