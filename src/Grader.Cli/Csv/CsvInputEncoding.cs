using System.Text;

namespace Grader.Cli.Csv;

/// <summary>
/// How an input CSV file is decoded: UTF-8 (with or without the byte-order mark) or UTF-16 with the mark. Bytes that do
/// not decode become <see cref="InvalidByteMarker"/>, so a bad row can be reported and skipped while the rest of the
/// file is still read.
/// </summary>
internal static class CsvInputEncoding
{
    /// <summary>Stands in for bytes that could not be decoded (U+FFFF is a noncharacter and never appears in real text).</summary>
    public const char InvalidByteMarker = '\uFFFF';

    private static readonly DecoderReplacementFallback MarkInvalidBytes = new(InvalidByteMarker.ToString());

    private static readonly Encoding Utf8MarkingInvalidBytes =
        Encoding.GetEncoding("utf-8", EncoderFallback.ExceptionFallback, MarkInvalidBytes);

    /// <summary>
    /// The encoding CsvHelper must transcode a stream starting with <paramref name="start"/> from (null: UTF-8, which it
    /// reads as it is), and how many bytes its byte-order mark takes.
    /// </summary>
    public static (Encoding? Transcode, int PreambleLength) Detect(ReadOnlySpan<byte> start)
    {
        if (start.StartsWith((ReadOnlySpan<byte>)[0xEF, 0xBB, 0xBF]))
        {
            return (null, 3);
        }

        if (start.StartsWith((ReadOnlySpan<byte>)[0xFF, 0xFE]))
        {
            return (Utf16(bigEndian: false), 2);
        }

        if (start.StartsWith((ReadOnlySpan<byte>)[0xFE, 0xFF]))
        {
            return (Utf16(bigEndian: true), 2);
        }

        return (null, 0);
    }

    /// <summary>
    /// Reads the byte-order mark of <paramref name="stream"/> and leaves the stream just after it. The mark is skipped
    /// here rather than left to CsvHelper: CsvHelper 34 honours a UTF-16 mark itself but then decodes with U+FFFD
    /// replacement (observed: a lone surrogate in one row came back as U+FFFD with no report), so a bad row could not be
    /// told from good text. Without the mark it uses <c>CsvReaderOptions.Encoding</c>, whose fallback here marks the
    /// bytes (observed: U+FFFF in that row's field only).
    /// </summary>
    public static Encoding? SkipByteOrderMark(Stream stream)
    {
        Span<byte> start = stackalloc byte[3];
        var read = 0;
        while (read < start.Length)
        {
            var n = stream.Read(start[read..]);
            if (n == 0)
            {
                break;
            }

            read += n;
        }

        var (transcode, preamble) = Detect(start[..read]);
        stream.Seek(preamble, SeekOrigin.Begin);
        return transcode;
    }

    /// <summary>
    /// A field's text from its UTF-8 bytes, with <see cref="InvalidByteMarker"/> for bytes that are not UTF-8. CsvHelper
    /// reads UTF-8 input as raw bytes (<c>CsvReaderOptions.Encoding</c> is ignored for it) and its <c>GetString</c>
    /// replaces bad bytes with U+FFFD, which real text may hold too, so fields are decoded here instead.
    /// </summary>
    public static string Decode(ReadOnlySpan<byte> utf8) => utf8.IsEmpty ? "" : Utf8MarkingInvalidBytes.GetString(utf8);

    private static Encoding Utf16(bool bigEndian) =>
        Encoding.GetEncoding(bigEndian ? "utf-16BE" : "utf-16", EncoderFallback.ExceptionFallback, MarkInvalidBytes);
}
