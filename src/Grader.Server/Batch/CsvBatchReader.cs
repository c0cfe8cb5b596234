using System.Globalization;
using System.Text;
using CsvHelper;

namespace Grader.Server;

/// <summary>
/// Reads a CSV upload one row at a time with CsvHelper (RFC 4180: quoted fields may hold commas, doubled quotes and
/// line breaks; blank lines skipped). The header names an <c>id</c> and a <c>text</c> column, and optionally a
/// <c>question</c> column (matched ignoring case and surrounding spaces); other columns are ignored. UTF-8 only, with
/// or without a byte-order mark. Problems are located by data row (1-based) and the line it starts on.
/// </summary>
internal sealed class CsvBatchReader : IBatchReader
{
    private static readonly UTF8Encoding StrictUtf8 = new(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true);

    private readonly BatchContext _context;
    private readonly Queue<CsvMalformedRecord> _malformed = new();
    private readonly CsvReader _reader;
    private readonly string? _encodingProblem;
    private int _idColumn = -1;
    private int _textColumn = -1;
    private int _questionColumn = -1;
    private int _fieldCount;
    private bool _started;
    private bool _done;
    private int _row;

    public CsvBatchReader(Stream stream, BatchContext context)
    {
        _context = context;
        _encodingProblem = SkipByteOrderMark(stream);
        _reader = CsvReader.Create(
            stream,
            new CsvReaderOptions
            {
                Mode = CsvMode.Rfc4180,
                Separator = ',',
                HasHeader = false,
                DetectSeparatorHint = false,
                AllowLineBreaksInQuotes = true,
                SkipEmptyLines = true,
                TrimWhitespace = false,
                TrackLineNumbers = true,
                MalformedData = CsvMalformedDataHandling.Recover,
                FieldCountMismatch = CsvFieldCountHandling.Allow,
                OnMalformedRecord = _malformed.Enqueue,
                MaxRecordSize = context.MaxItemBytes,
            },
            leaveOpen: true);
    }

    public string Location => string.Create(CultureInfo.InvariantCulture, $"row {_row}");

    public BatchItem? Current { get; private set; }

    public List<RequestProblem> Problems { get; } = [];

    public string? TooLarge { get; private set; }

    public bool MoveNext()
    {
        Current = null;
        if (_done)
        {
            return false;
        }

        try
        {
            if (!_started)
            {
                _started = true;
                if (!ReadHeader())
                {
                    return Stop();
                }
            }

            if (!_reader.Read())
            {
                return Stop();
            }

            _row++;
            ReadRow(Location, _reader.LineNumber);
            return true;
        }
        catch (CsvFormatException exception)
        {
            TooLarge = string.Create(
                CultureInfo.InvariantCulture,
                $"Row {_row + 1} (from line {exception.LineNumber}) is longer than {_context.MaxItemBytes:N0} bytes, more than any essay within the length limit needs. A quote in it is probably never closed: close it, and double any quote inside a field (\"\").");
            return Stop();
        }
    }

    public void Dispose() => _reader.Dispose();

    private bool ReadHeader()
    {
        if (_encodingProblem is not null)
        {
            Problems.Add(new("header", _encodingProblem, IsSyntax: true));
            return false;
        }

        if (!_reader.Read())
        {
            Problems.Add(new("header", "The CSV is empty. Send a header line naming the 'id' and 'text' columns, then one row per essay."));
            return false;
        }

        var names = new string[_reader.FieldCount];
        for (var i = 0; i < names.Length; i++)
        {
            names[i] = Decode(_reader.GetSpan(i))?.Trim() ?? "";
        }

        _fieldCount = names.Length;
        _idColumn = Array.FindIndex(names, n => n.Equals("id", StringComparison.OrdinalIgnoreCase));
        _textColumn = Array.FindIndex(names, n => n.Equals("text", StringComparison.OrdinalIgnoreCase));
        _questionColumn = Array.FindIndex(names, n => n.Equals("question", StringComparison.OrdinalIgnoreCase));
        foreach (var (column, name) in new[] { (_idColumn, "id"), (_textColumn, "text") })
        {
            if (column < 0)
            {
                Problems.Add(new("header", $"The header (line 1) has no '{name}' column; its columns are: {string.Join(", ", names.Select(n => $"'{n}'"))}. Name the id column 'id' and the essay column 'text'."));
            }
        }

        return _idColumn >= 0 && _textColumn >= 0;
    }

    private void ReadRow(string location, long line)
    {
        var at = string.Create(CultureInfo.InvariantCulture, $"line {line}: ");
        if (Malformed() is { } quoting)
        {
            Problems.Add(new(location, at + quoting, IsSyntax: true));
            return;
        }

        if (_reader.FieldCount != _fieldCount)
        {
            Problems.Add(new(
                location,
                at + string.Create(CultureInfo.InvariantCulture, $"the row has {_reader.FieldCount} fields but the header has {_fieldCount}. Quote a field that holds a comma (\"…\"), and give every row every column."),
                IsSyntax: true));
            return;
        }

        var id = Field(_idColumn, "id", location, at);
        var text = Field(_textColumn, "text", location, at);
        var question = _questionColumn >= 0 ? Field(_questionColumn, "question", location, at) : null;
        if (id is null || text is null || (_questionColumn >= 0 && question is null))
        {
            return;
        }

        if (id.Trim().Length == 0)
        {
            Problems.Add(new(location, at + "the id is empty. Give every row an id."));
            return;
        }

        Current = BatchItems.Resolve(new GradeRequest(question is { Length: > 0 } ? question : null, text, id), _context, location, Problems);
    }

    private string? Field(int column, string name, string location, string at)
    {
        var value = Decode(_reader.GetSpan(column));
        if (value is null)
        {
            Problems.Add(new(location, at + $"the '{name}' field holds bytes that are not valid UTF-8; the file may be in Latin-1 or Windows-1252. Send it as UTF-8.", IsSyntax: true));
        }

        return value;
    }

    /// <summary>What CsvHelper reported about the current record's quoting, in words that say how to fix it; null when nothing.</summary>
    private string? Malformed()
    {
        while (_malformed.TryPeek(out var stale) && stale.RecordNumber < _reader.RowNumber)
        {
            _malformed.Dequeue();
        }

        if (!_malformed.TryPeek(out var malformed) || malformed.RecordNumber != _reader.RowNumber)
        {
            return null;
        }

        _malformed.Dequeue();
        return malformed.Reason switch
        {
            CsvMalformedReason.UnterminatedQuote => "a quote in this row is never closed, so the rest of the body was read into it. Close the quote (and double any quote inside a field: \"\").",
            CsvMalformedReason.TextAfterClosingQuote => "a field has text after its closing quote. Inside a quoted field write a quote as two quotes (\"\").",
            _ => null,
        };
    }

    private bool Stop()
    {
        _done = true;
        return false;
    }

    private static string? Decode(ReadOnlySpan<byte> utf8)
    {
        try
        {
            return utf8.IsEmpty ? "" : StrictUtf8.GetString(utf8);
        }
        catch (DecoderFallbackException)
        {
            return null;
        }
    }

    /// <summary>Leaves the stream after a UTF-8 byte-order mark; says what is wrong when the body is UTF-16.</summary>
    private static string? SkipByteOrderMark(Stream stream)
    {
        Span<byte> start = stackalloc byte[3];
        var read = stream.ReadAtLeast(start, start.Length, throwOnEndOfStream: false);
        var bom = start[..read];
        if (bom.StartsWith((ReadOnlySpan<byte>)[0xFF, 0xFE]) || bom.StartsWith((ReadOnlySpan<byte>)[0xFE, 0xFF]))
        {
            return "The CSV is in UTF-16 (it starts with a UTF-16 byte-order mark). Send it as UTF-8.";
        }

        stream.Seek(bom.StartsWith((ReadOnlySpan<byte>)[0xEF, 0xBB, 0xBF]) ? 3 : 0, SeekOrigin.Begin);
        return null;
    }
}
