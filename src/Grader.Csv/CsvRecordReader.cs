using System.Diagnostics.CodeAnalysis;
using System.Globalization;
using System.Text;
using System.Text.Unicode;
using CsvHelper;
using Grader.Text;

namespace Grader.Csv;

/// <summary>
/// Reads RFC 4180 CSV one record at a time with CsvHelper's <see cref="CsvReader"/>: fields separated by the format's
/// delimiter (comma unless detected or given otherwise), quoted fields may hold delimiters, quotes (doubled) and line
/// breaks, records end with LF or CRLF, blank and whitespace-only lines are skipped, the first record (the header) is
/// returned like any other. Input in UTF-16 or Windows-1252 is transcoded to UTF-8 first. It never throws on bad
/// quoting: CsvHelper recovers the record and reports it, and the report becomes the record's
/// <see cref="CsvRecord.Problem"/>, naming the field. Only a record longer than the size limit (if one is given) throws
/// <see cref="CsvFormatException"/>, and then the reader cannot go on.
/// </summary>
internal sealed class CsvRecordReader : IDisposable
{
    private readonly CsvReader _reader;
    private readonly Queue<CsvMalformedRecord> _malformed = new();

    private CsvRecordReader(Func<CsvReaderOptions, CsvReader> create, CsvInputFormat format, int? maxRecordBytes)
    {
        Format = format;
        _reader = create(new CsvReaderOptions
        {
            Mode = CsvMode.Rfc4180,
            Separator = format.Delimiter,
            HasHeader = false,
            DetectSeparatorHint = false,
            AllowLineBreaksInQuotes = true,
            SkipEmptyLines = true,
            TrimWhitespace = false,
            TrackLineNumbers = true,
            MalformedData = CsvMalformedDataHandling.Recover,
            FieldCountMismatch = CsvFieldCountHandling.Allow,
            OnMalformedRecord = _malformed.Enqueue,
            MaxRecordSize = maxRecordBytes,
        });
    }

    /// <summary>How the input is read: its encoding and delimiter, given or detected.</summary>
    public CsvInputFormat Format { get; }

    /// <summary>
    /// Reads <paramref name="stream"/> (any stream, seekable or not: a file, a pipe, standard input), which the reader
    /// closes. Its first bytes decide the encoding and delimiter unless <paramref name="encoding"/> or
    /// <paramref name="delimiter"/> say them (see <see cref="CsvFormatDetector"/>). A record over
    /// <paramref name="maxRecordBytes"/> bytes of UTF-8 makes <see cref="TryRead"/> throw. With <paramref name="leaveOpen"/>
    /// the stream stays open when the reader is disposed (to read it again).
    /// </summary>
    public static CsvRecordReader Open(Stream stream, int? maxRecordBytes = null, InputEncoding? encoding = null, char? delimiter = null, bool leaveOpen = false)
    {
        // A file gives the whole prefix at once; a pipe gives what has been written so far, and waiting for 64 KB
        // there could wait for ever, so from a pipe only the first line (the header) is waited for.
        var prefix = new byte[CsvFormatDetector.PrefixBytes];
        var length = 0;
        int n;
        while (length < prefix.Length
            && (stream.CanSeek || !prefix.AsSpan(0, length).Contains((byte)'\n'))
            && (n = stream.Read(prefix, length, prefix.Length - length)) > 0)
        {
            length += n;
        }

        var format = CsvFormatDetector.Detect(prefix.AsSpan(0, length), wholeFile: length < prefix.Length, encoding, delimiter);
        return Open(stream, prefix.AsMemory(0, length), format, maxRecordBytes, leaveOpen);
    }

    /// <summary>Reads a file this tool wrote (UTF-8, comma-separated), with no detection.</summary>
    public static CsvRecordReader OpenStandard(Stream stream, int? maxRecordBytes = null) =>
        Open(stream, ReadOnlyMemory<byte>.Empty, CsvInputFormat.Standard, maxRecordBytes, leaveOpen: false);

    /// <summary>Reads CSV held in a string.</summary>
    public static CsvRecordReader FromText(string text) =>
        new(options => CsvReader.FromText(text, options), CsvInputFormat.Standard, null);

    private static CsvRecordReader Open(Stream stream, ReadOnlyMemory<byte> prefix, CsvInputFormat format, int? maxRecordBytes, bool leaveOpen)
    {
        // The wrappers below own nothing but buffers: leaving them undisposed leaves the stream open.
        Stream utf8 = new PrefixedStream(prefix[format.Encoding.PreambleLength..], stream);
        if (format.Encoding.Encoding != InputEncoding.Utf8)
        {
            utf8 = new Utf8TranscodingStream(utf8, format.Encoding.Encoding);
        }

        return new CsvRecordReader(options => CsvReader.Create(utf8, options, leaveOpen), format, maxRecordBytes);
    }

    /// <summary>How many lines holding nothing but spaces, tabs and delimiters were skipped like blank lines.</summary>
    public long SkippedBlankLines { get; private set; }

    /// <summary>The line number of the first of them.</summary>
    public long FirstSkippedBlankLine { get; private set; }

    public bool TryRead([NotNullWhen(true)] out CsvRecord? record)
    {
        while (true)
        {
            if (!_reader.Read())
            {
                record = null;
                return false;
            }

            var problem = Problem();
            if (problem is null && IsBlank(_reader.RawRecord, Format.Delimiter))
            {
                FirstSkippedBlankLine = SkippedBlankLines++ == 0 ? _reader.LineNumber : FirstSkippedBlankLine;
                continue;
            }

            record = Current(problem);
            return true;
        }
    }

    public void Dispose() => _reader.Dispose();

    /// <summary>A line of nothing but spaces, tabs and delimiters (no quote, no text): not a row, like a blank line.</summary>
    private static bool IsBlank(ReadOnlySpan<byte> raw, char delimiter)
    {
        foreach (var b in raw)
        {
            if (b is not ((byte)' ' or (byte)'\t' or (byte)'\r' or (byte)'\n') && b != delimiter)
            {
                return false;
            }
        }

        return true;
    }

    private CsvRecord Current(string? problem)
    {
        var fields = new string[_reader.FieldCount];
        List<(int, int)>? invalid = null;
        for (var i = 0; i < fields.Length; i++)
        {
            var span = _reader.GetSpan(i);
            if (!Utf8.IsValid(span))
            {
                (invalid ??= []).Add((i, FirstInvalidCharacter(span)));
            }

            // CsvHelper hands UTF-8 input over as bytes; bad bytes become U+FFFD here, and the field is listed as not text.
            fields[i] = span.IsEmpty ? "" : Encoding.UTF8.GetString(span);
        }

        var start = _reader.ByteOffset;
        return new CsvRecord(fields, _reader.LineNumber, problem, start, start + _reader.RawRecord.Length)
        {
            InvalidFields = invalid ?? [],
            Desynchronises = problem is not null && _reader.RawRecord.ContainsAny((byte)'\n', (byte)'\r'),
        };
    }

    /// <summary>How many characters precede the first bad byte of <paramref name="utf8"/>.</summary>
    private static int FirstInvalidCharacter(ReadOnlySpan<byte> utf8)
    {
        var characters = 0;
        while (Rune.DecodeFromUtf8(utf8, out var rune, out var consumed) == System.Buffers.OperationStatus.Done)
        {
            characters += rune.Utf16SequenceLength;
            utf8 = utf8[consumed..];
        }

        return characters;
    }

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
