using System.Globalization;
using System.Text;

namespace Grader.Cli.Marking;

/// <summary>
/// The checks every input row gets before it is marked: an id is present and not used before, the essay is not empty,
/// not over the size limit, and holds no undecodable bytes or NUL characters. Remembers the ids seen (one short
/// string per row: the only memory that grows with the input).
/// </summary>
internal sealed class EssayRowChecker(int maxTextLength)
{
    private readonly Dictionary<string, string> _firstSeen = new(StringComparer.Ordinal);
    private readonly Dictionary<string, (string Id, string Location)> _folded = new(StringComparer.Ordinal);
    private readonly List<string> _lookalikes = [];
    private long _lookalikeCount;

    public int MaxTextLength => maxTextLength;

    /// <summary>Ids accepted as different that differ only by case, surrounding spaces, Unicode form or invisible characters: worth a warning.</summary>
    public IReadOnlyList<string> Lookalikes => _lookalikes;

    public long LookalikeCount => _lookalikeCount;

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

        var folded = Fold(id);
        if (!_folded.TryAdd(folded, (id, location)) && _lookalikeCount++ < 5)
        {
            var (first, firstLocation) = _folded[folded];
            _lookalikes.Add($"'{Visible(id)}' ({location}) and '{Visible(first)}' ({firstLocation})");
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

    // The base letters of U+00C0–U+00FF (× and ÷ kept), for folding accents: the runtime runs without Unicode
    // normalisation data (invariant globalisation), so composed and decomposed accents are folded by hand.
    private const string Latin1Bases = "AAAAAAACEEEEIIIIDNOOOOO×OUUUUYÞsaaaaaaaceeeeiiiidnooooo÷ouuuuyþy";

    /// <summary>
    /// An id as people read it: no invisible or combining characters, full-width forms as ASCII, accented Latin letters
    /// as their base letters, lower case, no surrounding space. Two ids that fold alike but differ are worth a warning.
    /// </summary>
    private static string Fold(string id)
    {
        var folded = new StringBuilder(id.Length);
        foreach (var c in id)
        {
            if (IsInvisible(c) || CharUnicodeInfo.GetUnicodeCategory(c) == UnicodeCategory.NonSpacingMark)
            {
                continue;
            }

            var plain = c switch
            {
                >= '\uFF01' and <= '\uFF5E' => (char)(c - 0xFEE0),
                '\u3000' => ' ',
                >= '\u00C0' and <= '\u00FF' => Latin1Bases[c - 0xC0],
                _ => c,
            };
            folded.Append(char.ToLowerInvariant(plain));
        }

        return folded.ToString().Trim();
    }

    private static bool IsInvisible(char c) => c is '\u200B' or '\u200C' or '\u200D' or '\u2060' or '\uFEFF' or '\u00AD' or '\u180E'
        || CharUnicodeInfo.GetUnicodeCategory(c) == UnicodeCategory.Format;

    /// <summary>The id with its invisible characters and surrounding spaces shown, so the two ids of a warning look different.</summary>
    private static string Visible(string id)
    {
        var shown = new StringBuilder(id.Length);
        foreach (var c in id)
        {
            shown.Append(IsInvisible(c) || char.IsControl(c) ? string.Create(CultureInfo.InvariantCulture, $"\\u{(int)c:X4}") : c.ToString());
        }

        return shown.ToString();
    }
}
