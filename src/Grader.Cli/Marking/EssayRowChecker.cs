using System.Globalization;
using Grader.Cli.Csv;

namespace Grader.Cli.Marking;

/// <summary>
/// The checks every input row gets before it is marked: an id is present and not used before, the essay is not empty,
/// not over the size limit, and holds no undecodable bytes or NUL characters. Remembers the ids seen (one short
/// string per row: the only memory that grows with the input).
/// </summary>
internal sealed class EssayRowChecker(int maxTextLength)
{
    private readonly Dictionary<string, string> _firstSeen = new(StringComparer.Ordinal);

    public int MaxTextLength => maxTextLength;

    /// <summary>Why the row cannot be marked, or null; <paramref name="location"/> says where it is ("line 12", "file a.txt").</summary>
    public string? Check(string id, string text, bool textTooLong, string location)
    {
        if (id.Trim().Length == 0)
        {
            return $"{location}: the id is empty. Give every row an id.";
        }

        if (id.Contains(CsvInputEncoding.InvalidByteMarker))
        {
            return $"{location}: the id holds bytes that are not valid text in the file's encoding. Save the file as UTF-8.";
        }

        if (!_firstSeen.TryAdd(id, location))
        {
            return $"{location}: the id '{id}' is used again (first on {_firstSeen[id]}). Give every row its own id.";
        }

        if (textTooLong || text.Length > maxTextLength)
        {
            return string.Create(CultureInfo.InvariantCulture, $"{location}: the essay is longer than {maxTextLength:N0} characters. Check that it is one essay, or raise --max-text-length.");
        }

        if (text.Contains(CsvInputEncoding.InvalidByteMarker))
        {
            var at = text.IndexOf(CsvInputEncoding.InvalidByteMarker, StringComparison.Ordinal);
            return string.Create(CultureInfo.InvariantCulture, $"{location}: the essay holds bytes that are not valid UTF-8 (at character {at + 1:N0}); the file may be in Latin-1 or Windows-1252. Save it as UTF-8.");
        }

        if (text.Contains('\0'))
        {
            return $"{location}: the essay holds NUL characters, so it looks like binary data. Save it as UTF-8 text.";
        }

        if (string.IsNullOrWhiteSpace(text))
        {
            return $"{location}: the essay is empty, so there is nothing to mark.";
        }

        return null;
    }
}
