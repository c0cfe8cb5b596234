using System.Diagnostics.CodeAnalysis;
using System.Globalization;
using CsvHelper;

namespace Grader.Cli.Csv;

/// <summary>
/// Reads RFC 4180 CSV one record at a time with CsvHelper's <see cref="CsvReader"/>: comma-separated, quoted fields may
/// hold commas, quotes (doubled) and line breaks, records end with LF or CRLF, blank lines are skipped, the first record
/// (the header) is returned like any other. It never throws on bad quoting: CsvHelper recovers the record and reports
/// it, and the report becomes the record's <see cref="CsvRecord.Problem"/>, naming the field. Only a record longer than
/// the size limit (if one is given) throws <see cref="CsvFormatException"/>, and then the reader cannot go on.
/// </summary>
internal sealed class CsvRecordReader : IDisposable
{
    private readonly CsvReader _reader;
    private readonly Queue<CsvMalformedRecord> _malformed = new();

    private CsvRecordReader(Func<CsvReaderOptions, CsvReader> create, System.Text.Encoding? transcode, int? maxRecordBytes)
    {
        _reader = create(new CsvReaderOptions
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
            Encoding = transcode,
            MaxRecordSize = maxRecordBytes,
        });
    }

    /// <summary>
    /// Reads <paramref name="stream"/> (UTF-8, or UTF-16 with a byte-order mark; it must be seekable), which the reader
    /// closes. A record over <paramref name="maxRecordBytes"/> bytes of UTF-8 makes <see cref="TryRead"/> throw.
    /// </summary>
    public static CsvRecordReader Open(Stream stream, int? maxRecordBytes = null)
    {
        var transcode = CsvInputEncoding.SkipByteOrderMark(stream);
        return new CsvRecordReader(options => CsvReader.Create(stream, options, leaveOpen: false), transcode, maxRecordBytes);
    }

    /// <summary>Reads CSV held in a string.</summary>
    public static CsvRecordReader FromText(string text) =>
        new(options => CsvReader.FromText(text, options), null, null);

    public bool TryRead([NotNullWhen(true)] out CsvRecord? record)
    {
        if (!_reader.Read())
        {
            record = null;
            return false;
        }

        var fields = new string[_reader.FieldCount];
        for (var i = 0; i < fields.Length; i++)
        {
            fields[i] = CsvInputEncoding.Decode(_reader.GetSpan(i));
        }

        var start = _reader.ByteOffset;
        record = new CsvRecord(fields, _reader.LineNumber, Problem(), start, start + _reader.RawRecord.Length);
        return true;
    }

    public void Dispose() => _reader.Dispose();

    /// <summary>What CsvHelper reported about the current record's quoting, in words that say how to fix it.</summary>
    private string? Problem()
    {
        // CsvHelper reports a record as it reads it, numbering records from 1 like RowNumber (there is no header here).
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
            CsvMalformedReason.UnterminatedQuote => UnterminatedQuote(),
            CsvMalformedReason.TextAfterClosingQuote => string.Create(
                CultureInfo.InvariantCulture,
                $"field {FieldAt(malformed.ByteOffset - _reader.ByteOffset) + 1} has text after its closing quote. Inside a quoted field write a quote as two quotes (\"\")."),

            // A quote inside an unquoted field (ab"c) is kept as text, as RFC 4180 readers commonly do: not a problem.
            _ => null,
        };
    }

    private string UnterminatedQuote()
    {
        // An unclosed quote runs to the end of the input, so it opens the record's last field.
        var field = _reader.FieldCount - 1;
        var before = _reader.RawRecord[..FieldStart(field)];
        var line = _reader.LineNumber + before.Count((byte)'\n') + before.Count((byte)'\r') - before.Count("\r\n"u8);
        return string.Create(
            CultureInfo.InvariantCulture,
            $"the quote that opens field {field + 1} on line {line} is never closed, so the rest of the file was read into it. Close the quote (and double any quote inside the field: \"\").");
    }

    /// <summary>The index of the field holding the byte at <paramref name="offset"/> from the start of the record.</summary>
    private int FieldAt(long offset)
    {
        var field = 0;
        while (field + 1 < _reader.FieldCount && FieldStart(field + 1) <= offset)
        {
            field++;
        }

        return field;
    }

    /// <summary>Where a field starts in the record: the raw fields (quotes and all) follow one another, one separator apart.</summary>
    private int FieldStart(int field)
    {
        var start = 0;
        for (var i = 0; i < field; i++)
        {
            start += _reader.GetRawSpan(i).Length + 1;
        }

        return start;
    }
}
