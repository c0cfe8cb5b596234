using System.Globalization;
using CsvHelper;
using Grader.Cli.Csv;
using Grader.Cli.Files;
using Grader.Csv;
using Grader.Text;

namespace Grader.Cli.Marking;

/// <summary>
/// Essays from a CSV file with a header: the id and text columns (named by the user), every other column passed through.
/// A bad row (malformed quoting, wrong number of fields, bad id or text) comes back with its problem and line number;
/// only a file that cannot be read at all, a header without the id and text columns, or a record so large that it can
/// only be a quote never closed (see <see cref="MaxRecordBytes"/>), stops the run.
/// </summary>
internal sealed class CsvEssaySource : IEssaySource
{
    private readonly CsvRecordReader _reader;
    private readonly int _headerWidth;
    private readonly int _idIndex;
    private readonly int _textIndex;
    private readonly int[] _passThroughIndexes;
    private readonly EssayRowChecker _checker;
    private readonly string _fileName;
    private readonly CountingStream _stream;
    private long _brokenQuotingLine;
    private long _invalidPassThrough;
    private string _firstInvalidPassThrough = "";

    private CsvEssaySource(CountingStream stream, CsvRecordReader reader, IReadOnlyList<string> header, int idIndex, int textIndex, EssayRowChecker checker, string fileName)
    {
        _reader = reader;
        _headerWidth = header.Count;
        _idIndex = idIndex;
        _textIndex = textIndex;
        _checker = checker;
        _fileName = fileName;
        _stream = stream;
        _passThroughIndexes = Enumerable.Range(0, header.Count).Where(i => i != idIndex && i != textIndex).ToArray();
        PassThroughColumns = _passThroughIndexes.Select(i => header[i]).ToArray();
        Progress = new ReadingProgress(() => stream.BytesRead, stream.CanSeek ? stream.Length : 0, null);
    }

    public IReadOnlyList<string> PassThroughColumns { get; }

    public ReadingProgress Progress { get; }

    public IReadOnlyList<string> Files { get; private init; } = [];

    public IReadOnlyList<string> OpeningNotes { get; private init; } = [];

    public IReadOnlyList<string> ReadingNotes()
    {
        var notes = new List<string>();
        if (_invalidPassThrough > 0)
        {
            notes.Add(string.Create(CultureInfo.InvariantCulture, $"{_invalidPassThrough:N0} row{(_invalidPassThrough == 1 ? "" : "s")} held bytes that are not valid {_reader.Format.Encoding.DisplayName} in other columns (first: {_firstInvalidPassThrough}); they are copied with U+FFFD (�) in place of those bytes."));
        }

        if (_checker.LookalikeCount > 0)
        {
            notes.Add(IdLookalikes(_checker));
        }

        if (_reader.SkippedBlankLines > 0)
        {
            notes.Add(string.Create(CultureInfo.InvariantCulture, $"{_reader.SkippedBlankLines:N0} line{(_reader.SkippedBlankLines == 1 ? "" : "s")} holding only spaces or delimiters {(_reader.SkippedBlankLines == 1 ? "was" : "were")} skipped like blank lines (first: {_fileName} line {_reader.FirstSkippedBlankLine})."));
        }

        return notes;
    }

    /// <summary>
    /// The largest record read, in bytes of UTF-8: 64 bytes per allowed essay character (1 MiB to 1 GiB), so an essay far
    /// over --max-text-length still becomes an error row, while a runaway record (a quote never closed, reading the rest
    /// of a large file into one field) cannot take unbounded memory. CsvHelper 34 cannot cut a field and go on as the
    /// old reader did: over <c>MaxRecordSize</c> it throws <see cref="CsvFormatException"/> and every later
    /// <c>Read</c> throws it again (observed), so such a record ends the run with a message naming its line.
    /// </summary>
    /// <summary>The warning about ids that look the same but are not.</summary>
    internal static string IdLookalikes(EssayRowChecker checker) => string.Create(
        CultureInfo.InvariantCulture,
        $"{checker.LookalikeCount:N0} id{(checker.LookalikeCount == 1 ? "" : "s")} differ from an earlier one only by case, accents, full-width forms, surrounding spaces or invisible characters, so they were marked as different scripts: {string.Join("; ", checker.Lookalikes)}{(checker.LookalikeCount > checker.Lookalikes.Count ? "; …" : "")}. If they are the same script, give them one id.");

    public static int MaxRecordBytes(int maxTextLength) => (int)Math.Clamp(64L * maxTextLength, 1L << 20, 1L << 30);

    /// <summary>
    /// Opens <paramref name="input"/> and reads its header, detecting its encoding and delimiter unless
    /// <paramref name="encoding"/> or <paramref name="delimiter"/> say them; null (and <paramref name="problem"/>) when
    /// the run cannot go on.
    /// </summary>
    public static CsvEssaySource? Open(InputSource input, string idColumn, string textColumn, int maxTextLength, InputEncoding? encoding, char? delimiter, out string problem)
    {
        var name = input.Name;
        if (input.TryOpen("the input", out problem) is not { } opened)
        {
            return null;
        }

        var stream = new CountingStream(opened);
        var reader = CsvRecordReader.Open(stream, MaxRecordBytes(maxTextLength), encoding, delimiter);
        if (!TryReadHeader(reader, name, maxTextLength, out var header, out problem))
        {
            reader.Dispose();
            return null;
        }

        if (header is null)
        {
            reader.Dispose();
            problem = $"{name}: the file is empty. It needs a header line naming the '{idColumn}' and '{textColumn}' columns, then one row per essay.";
            return null;
        }

        problem = HeaderProblem(header, reader.Format, idColumn, textColumn, name, maxTextLength, out var idIndex, out var textIndex);
        if (problem.Length > 0)
        {
            reader.Dispose();
            return null;
        }

        return new CsvEssaySource(stream, reader, header.Fields, idIndex, textIndex, new EssayRowChecker(maxTextLength), name)
        {
            Files = input.Path is null ? [] : [input.Path],
            OpeningNotes = reader.Format.IsUnusual ? [$"{name}: read as {reader.Format.Describe()}."] : [],
        };
    }

    public IEnumerable<EssayRow> ReadRows()
    {
        long row = 0;
        while (Next() is { } record)
        {
            row++;
            yield return ToRow(row, record);
        }
    }

    public string Fingerprint() => _stream.Fingerprint();

    public void Dispose() => _reader.Dispose();

    private static bool TryReadHeader(CsvRecordReader reader, string name, int maxTextLength, out CsvRecord? header, out string problem)
    {
        problem = "";
        try
        {
            reader.TryRead(out header);
            return true;
        }
        catch (CsvFormatException exception)
        {
            header = null;
            problem = TooLarge(name, exception, maxTextLength);
            return false;
        }
    }

    private CsvRecord? Next()
    {
        try
        {
            return _reader.TryRead(out var record) ? record : null;
        }
        catch (CsvFormatException exception)
        {
            throw new InvalidDataException(TooLarge(_fileName, exception, _checker.MaxTextLength), exception);
        }
    }

    private static string TooLarge(string name, CsvFormatException exception, int maxTextLength) =>
        string.Create(
            CultureInfo.InvariantCulture,
            $"{name} line {exception.LineNumber}: the row is longer than {MaxRecordBytes(maxTextLength):N0} bytes, so the rest of the file was not read. A quote in it is probably never closed: close it (and double any quote inside a field: \"\"), or raise --max-text-length.");

    private EssayRow ToRow(long row, CsvRecord record)
    {
        var fields = record.Fields;
        var id = Cell(fields, _idIndex);
        var text = Cell(fields, _textIndex);
        var location = string.Create(CultureInfo.InvariantCulture, $"{_fileName} line {record.Line}");
        var passThrough = new string[_passThroughIndexes.Length];
        for (var i = 0; i < passThrough.Length; i++)
        {
            // Cut at the length limit, so an error row for an over-long cell stays small in the output.
            var cell = Cell(fields, _passThroughIndexes[i]);
            passThrough[i] = cell[..Math.Min(cell.Length, _checker.MaxTextLength)];
            if (record.FirstInvalidCharacter(_passThroughIndexes[i]) >= 0 && _invalidPassThrough++ == 0)
            {
                _firstInvalidPassThrough = $"{location}, column '{PassThroughColumns[i]}'";
            }
        }

        string? problem;
        if (_brokenQuotingLine > 0)
        {
            // A row read after quoting broken across lines may be a piece of another row: never marked as if it were one.
            problem = string.Create(CultureInfo.InvariantCulture, $"{location}: not marked, because it comes after the broken quoting on line {_brokenQuotingLine} and may be a piece of another row. Fix the quoting on line {_brokenQuotingLine} and mark the file again.");
        }
        else if (record.Problem is not null)
        {
            problem = record.Desynchronises
                ? $"{location}: {record.Problem} The quoting goes wrong across lines here, so the rows after this one are not marked."
                : $"{location}: {record.Problem}";
            _brokenQuotingLine = record.Desynchronises ? record.Line : 0;
        }
        else if (fields.Count != _headerWidth)
        {
            problem = string.Create(CultureInfo.InvariantCulture, $"{location}: {fields.Count} field{(fields.Count == 1 ? "" : "s")} where the header has {_headerWidth}. Quote any field that holds a comma or line break.");
        }
        else if (FirstOverlongField(fields) is var overlong && overlong >= 0 && overlong != _textIndex)
        {
            problem = string.Create(CultureInfo.InvariantCulture, $"{location}: field {overlong + 1} is longer than {_checker.MaxTextLength:N0} characters.");
        }
        else
        {
            problem = _checker.Check(id, record.FirstInvalidCharacter(_idIndex) >= 0, text, record.FirstInvalidCharacter(_textIndex), textTooLong: false, location, _reader.Format.Encoding.DisplayName);
        }

        return new EssayRow(row, location, id, problem is null ? text : "", passThrough, problem);
    }

    private static string Cell(IReadOnlyList<string> fields, int index) => index < fields.Count ? fields[index] : "";

    private int FirstOverlongField(IReadOnlyList<string> fields)
    {
        for (var i = 0; i < fields.Count; i++)
        {
            if (fields[i].Length > _checker.MaxTextLength)
            {
                return i;
            }
        }

        return -1;
    }

    private static string HeaderProblem(CsvRecord header, CsvInputFormat format, string idColumn, string textColumn, string name, int maxTextLength, out int idIndex, out int textIndex)
    {
        idIndex = textIndex = -1;
        if (header.Problem is not null)
        {
            return $"{name} line 1 (the header): {header.Problem}";
        }

        if (header.Fields.Any(f => f.Length > maxTextLength) || header.InvalidFields.Count > 0)
        {
            return $"{name} line 1 (the header) is not a header of column names (too long, or not valid {format.Encoding.Name} text). Save the file as UTF-8 with a header line, or give its encoding with --encoding.";
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
        var matches = CsvHeader.IndexesOf(header, column);
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
}
