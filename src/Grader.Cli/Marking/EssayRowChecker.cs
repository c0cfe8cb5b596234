using System.Globalization;

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

    /// <summary>
    /// Why the row cannot be marked, or null; <paramref name="location"/> says where it is ("line 12", "file a.txt").
    /// <paramref name="idInvalid"/> and <paramref name="textInvalidAt"/> (the first bad character, or -1) say whether the
    /// id and essay held bytes that are not text in the file's encoding (<paramref name="encoding"/>).
    /// </summary>
    public string? Check(string id, bool idInvalid, string text, int textInvalidAt, bool textTooLong, string location, string encoding = "UTF-8")
    {
        if (id.Trim().Length == 0)
        {
            return $"{location}: the id is empty. Give every row an id.";
        }

        if (idInvalid)
        {
            return $"{location}: the id holds bytes that are not valid {encoding}. Save the file as UTF-8, or give its encoding with --encoding.";
        }

        if (!_firstSeen.TryAdd(id, location))
        {
            return $"{location}: the id '{id}' is used again (first on {_firstSeen[id]}). Give every row its own id.";
        }

        if (textTooLong || text.Length > maxTextLength)
        {
            return string.Create(CultureInfo.InvariantCulture, $"{location}: the essay is longer than {maxTextLength:N0} characters. Check that it is one essay, or raise --max-text-length.");
        }

        if (textInvalidAt >= 0)
        {
            return string.Create(CultureInfo.InvariantCulture, $"{location}: the essay holds bytes that are not valid {encoding} (at character {textInvalidAt + 1:N0}); this row may have been pasted from a file in another encoding. Save the file as UTF-8, or give its encoding with --encoding.");
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
