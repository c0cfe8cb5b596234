using System.Globalization;
using CsvHelper;
using Grader.Csv;

namespace Grader.Server;

/// <summary>
/// Reads a CSV upload one row at a time with the reader <c>grader mark</c> uses (<see cref="CsvRecordReader"/>), so a
/// file is read the same way by both: the encoding (UTF-8 with or without a byte-order mark, UTF-16 with one,
/// Windows-1252 when the text is not UTF-8) and the delimiter (comma, semicolon, tab or pipe, from the header line) are
/// detected; quoted fields may hold delimiters, doubled quotes and line breaks; blank lines, and lines of nothing but
/// spaces and delimiters, are not rows. The header names an <c>id</c> and a <c>text</c> column, and optionally a
/// <c>question</c> column (found as <c>grader mark</c> finds its columns); other columns are ignored. Problems are
/// located by data row (1-based) and the line the row starts on.
/// </summary>
internal sealed class CsvBatchReader : IBatchReader
{
    private readonly BatchContext _context;
    private readonly CsvRecordReader _reader;
    private int _idColumn = -1;
    private int _textColumn = -1;
    private int _questionColumn = -1;
    private int _fieldCount;
    private bool _started;
    private bool _done;
    private int _row;

    /// <summary>Reads <paramref name="stream"/> from where it is, leaving it open.</summary>
    public CsvBatchReader(Stream stream, BatchContext context)
    {
        _context = context;
        _reader = CsvRecordReader.Open(stream, context.MaxItemBytes, leaveOpen: true);
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

            if (!_reader.TryRead(out var record))
            {
                return Stop();
            }

            _row++;
            ReadRow(record);
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
        if (!_reader.TryRead(out var header))
        {
            Problems.Add(new("header", "The CSV is empty. Send a header line naming the 'id' and 'text' columns, then one row per essay."));
            return false;
        }

        if (header.Problem is not null || header.InvalidFields.Count > 0)
        {
            var problem = header.Problem ?? $"it holds bytes that are not valid {_reader.Format.EncodingName}. Send the file as UTF-8.";
            Problems.Add(new("header", $"line 1 (the header): {problem}", IsSyntax: true));
            return false;
        }

        _fieldCount = header.Fields.Count;
        _idColumn = Column(header.Fields, "id", required: true);
        _textColumn = Column(header.Fields, "text", required: true);
        _questionColumn = Column(header.Fields, "question", required: false);
        return Problems.Count == 0;
    }

    /// <summary>The column named <paramref name="name"/>, or -1 (with a problem when it is required or named twice).</summary>
    private int Column(IReadOnlyList<string> header, string name, bool required)
    {
        var matches = CsvHeader.IndexesOf(header, name);
        if (matches.Length == 1)
        {
            return matches[0];
        }

        var columns = string.Join(", ", header.Select(n => $"'{n}'"));
        if (matches.Length > 1)
        {
            Problems.Add(new("header", $"The header (line 1) has more than one '{name}' column ({columns}). Rename one of them."));
        }
        else if (required)
        {
            Problems.Add(new("header", $"The header (line 1) has no '{name}' column; its columns are: {columns}. Name the id column 'id' and the essay column 'text'."));
        }

        return -1;
    }

    private void ReadRow(CsvRecord record)
    {
        var at = string.Create(CultureInfo.InvariantCulture, $"line {record.Line}: ");
        if (record.Problem is not null)
        {
            // Quoting broken across lines may have joined rows or split one: no later row can be trusted, so none is read.
            Problems.Add(new(Location, at + record.Problem + (record.Desynchronises ? " The rows after it were not checked." : ""), IsSyntax: true));
            _done = record.Desynchronises;
            return;
        }

        if (record.Fields.Count != _fieldCount)
        {
            Problems.Add(new(
                Location,
                at + string.Create(CultureInfo.InvariantCulture, $"the row has {record.Fields.Count} fields but the header has {_fieldCount}. Quote any field that holds a {CsvInputFormat.DelimiterName(_reader.Format.Delimiter)} or a line break (\"…\"), and give every row every column."),
                IsSyntax: true));
            return;
        }

        var id = Field(record, _idColumn, "id", at);
        var text = Field(record, _textColumn, "text", at);
        var question = _questionColumn >= 0 ? Field(record, _questionColumn, "question", at) : null;
        if (id is null || text is null || (_questionColumn >= 0 && question is null))
        {
            return;
        }

        if (id.Trim().Length == 0)
        {
            Problems.Add(new(Location, at + "the id is empty. Give every row an id."));
            return;
        }

        Current = BatchItems.Resolve(new GradeRequest(question is { Length: > 0 } ? question : null, text, id), _context, Location, Problems);
    }

    private string? Field(CsvRecord record, int column, string name, string at)
    {
        if (record.FirstInvalidCharacter(column) >= 0)
        {
            Problems.Add(new(Location, at + $"the '{name}' field holds bytes that are not valid {_reader.Format.EncodingName}; part of the file may be in another encoding. Send it all as UTF-8.", IsSyntax: true));
            return null;
        }

        return record.Fields[column];
    }

    private bool Stop()
    {
        _done = true;
        return false;
    }
}
