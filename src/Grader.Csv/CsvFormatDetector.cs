using Grader.Text;

namespace Grader.Csv;

/// <summary>
/// Finds how a CSV file is written from its first bytes: the encoding (see <see cref="TextDecoding.Detect"/>) and the
/// delimiter, the one of comma, semicolon, tab and pipe that splits the header line into the most fields (outside
/// quotes). A header with none of them is one column; a tie between comma and another is read as comma, and said.
/// </summary>
internal static class CsvFormatDetector
{
    /// <summary>The prefix read to decide: enough for any header line, and a sample of the text.</summary>
    public const int PrefixBytes = 64 * 1024;

    public static CsvInputFormat Detect(ReadOnlySpan<byte> prefix, bool wholeFile, InputEncoding? encoding, char? delimiter)
    {
        var detected = encoding is { } chosen
            ? new EncodingDetection(chosen, PreambleLength(prefix, chosen), "as --encoding says")
            : TextDecoding.Detect(prefix, wholeFile);
        if (delimiter is { } given)
        {
            return new CsvInputFormat(detected, given, "as --delimiter says");
        }

        var header = FirstLine(Decode(prefix[detected.PreambleLength..], detected.Encoding));
        var counts = CsvInputFormat.Delimiters.Select(d => (d.Delimiter, Count: CountOutsideQuotes(header, d.Delimiter))).ToArray();
        var most = counts.Max(c => c.Count);
        if (most == 0)
        {
            return new CsvInputFormat(detected, ',', "the header has one column");
        }

        var best = counts.Where(c => c.Count == most).Select(c => c.Delimiter).ToArray();
        return best.Length == 1
            ? new CsvInputFormat(detected, best[0], "found in the header line")
            : new CsvInputFormat(detected, best.Contains(',') ? ',' : best[0], $"the header line has as many {string.Join(" as ", best.Select(CsvInputFormat.DelimiterName))} characters; give --delimiter if this is wrong");
    }

    private static int PreambleLength(ReadOnlySpan<byte> prefix, InputEncoding encoding) =>
        TextDecoding.Detect(prefix, wholeFile: false) is { PreambleLength: > 0 } marked && marked.Encoding == encoding ? marked.PreambleLength : 0;

    private static string Decode(ReadOnlySpan<byte> bytes, InputEncoding encoding) => encoding switch
    {
        InputEncoding.Utf16LittleEndian => System.Text.Encoding.Unicode.GetString(bytes[..(bytes.Length & ~1)]),
        InputEncoding.Utf16BigEndian => System.Text.Encoding.BigEndianUnicode.GetString(bytes[..(bytes.Length & ~1)]),
        InputEncoding.Windows1252 => TextDecoding.DecodeWindows1252(bytes),
        _ => System.Text.Encoding.UTF8.GetString(bytes),
    };

    /// <summary>The first record's text: up to the first line break outside quotes.</summary>
    private static string FirstLine(string text)
    {
        var quoted = false;
        for (var i = 0; i < text.Length; i++)
        {
            if (text[i] == '"')
            {
                quoted = !quoted;
            }
            else if (!quoted && text[i] is '\n' or '\r')
            {
                return text[..i];
            }
        }

        return text;
    }

    private static int CountOutsideQuotes(string line, char delimiter)
    {
        var count = 0;
        var quoted = false;
        foreach (var c in line)
        {
            if (c == '"')
            {
                quoted = !quoted;
            }
            else if (c == delimiter && !quoted)
            {
                count++;
            }
        }

        return count;
    }
}
