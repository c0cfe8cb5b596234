using System.Text;

namespace Grader.Cli.Csv;

/// <summary>
/// Chooses how to decode a CSV file from its byte-order mark: UTF-8 (with or without the mark) or UTF-16 with the mark.
/// Bytes that do not decode become <see cref="InvalidByteMarker"/>, so a bad row can be reported and skipped while the
/// rest of the file is still read.
/// </summary>
internal static class CsvInputEncoding
{
    /// <summary>Stands in for bytes that could not be decoded (U+FFFF is a noncharacter and never appears in real text).</summary>
    public const char InvalidByteMarker = '\uFFFF';

    private static readonly DecoderReplacementFallback MarkInvalidBytes = new(InvalidByteMarker.ToString());

    /// <summary>The encoding for a stream starting with <paramref name="start"/>, and how many bytes its byte-order mark takes.</summary>
    public static (Encoding Encoding, int PreambleLength) Detect(ReadOnlySpan<byte> start)
    {
        if (start.StartsWith((ReadOnlySpan<byte>)[0xEF, 0xBB, 0xBF]))
        {
            return (Utf8(), 3);
        }

        if (start.StartsWith((ReadOnlySpan<byte>)[0xFF, 0xFE]))
        {
            return (Utf16(bigEndian: false), 2);
        }

        if (start.StartsWith((ReadOnlySpan<byte>)[0xFE, 0xFF]))
        {
            return (Utf16(bigEndian: true), 2);
        }

        return (Utf8(), 0);
    }

    /// <summary>Opens <paramref name="stream"/> as text, skipping its byte-order mark.</summary>
    public static StreamReader OpenReader(Stream stream)
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

        var (encoding, preamble) = Detect(start[..read]);
        stream.Seek(preamble, SeekOrigin.Begin);
        return new StreamReader(stream, encoding, detectEncodingFromByteOrderMarks: false, bufferSize: 64 * 1024, leaveOpen: false);
    }

    private static Encoding Utf8() => Encoding.GetEncoding("utf-8", EncoderFallback.ExceptionFallback, MarkInvalidBytes);

    private static Encoding Utf16(bool bigEndian) =>
        Encoding.GetEncoding(bigEndian ? "utf-16BE" : "utf-16", EncoderFallback.ExceptionFallback, MarkInvalidBytes);
}
