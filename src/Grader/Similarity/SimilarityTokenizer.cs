using System.Globalization;

namespace Grader.Similarity;

/// <summary>
/// Normalises and splits text into word tokens for the similarity model, without allocating: lower case (invariant),
/// Latin diacritics folded (é → e, š → s, ș → s, also when written as a combining mark), tokens are runs of letters and
/// digits. An apostrophe (straight or curly) inside a word is dropped and joins the word ("don't" → "dont"), except a
/// possessive "'s", which is dropped ("Stalin's" → "stalin"). Dashes, quotes and all other characters separate tokens.
/// </summary>
internal static class SimilarityTokenizer
{
    /// <summary>Tokens longer than this are cut to this many characters (the rest of the run is skipped).</summary>
    public const int MaxTokenLength = 48;

    private const char Separator = '\0';
    private const char Apostrophe = '\'';
    private const char Ignorable = '\u0001';

    // Folds U+00C0..U+017F; '.' means "no folding: lower-case it as it is" (æ, þ, ß, œ, ĳ, ...) or "not a letter" (×, ÷).
    private const string LatinFolding =
        "aaaaaa.ceeeeiiiidnooooo.ouuuuy.." +
        "aaaaaa.ceeeeiiiidnooooo.ouuuuy.y" +
        "aaaaaaccccccccddddeeeeeeeeeegggggggghhhhiiiiiiiiii..jjkk.llllllllllnnnnnnn..oooooo..rrrrrrssssssssttttttuuuuuuuuuuuuwwyyyzzzzzzs";

    private const char FirstFolded = '\u00C0';

    /// <summary><see cref="Fold"/> of each ASCII character, so the common case is one load instead of a chain of tests.</summary>
    private static readonly char[] AsciiFolds = [.. Enumerable.Range(0, 128).Select(c => FoldAscii((char)c))];

    /// <summary>
    /// Reads the next token at or after <paramref name="position"/>, writes its normalised characters to
    /// <paramref name="destination"/> (at most <see cref="MaxTokenLength"/> are kept) and advances past it.
    /// </summary>
    /// <returns>False when the text holds no more tokens.</returns>
    public static bool TryReadToken(ReadOnlySpan<char> text, ref int position, Span<char> destination, out int length)
    {
        var i = position;
        while (i < text.Length && !IsTokenCharacter(Fold(text[i])))
        {
            i++;
        }

        if (i >= text.Length)
        {
            position = i;
            length = 0;
            return false;
        }

        var limit = Math.Min(destination.Length, MaxTokenLength);
        var count = 0;
        while (i < text.Length)
        {
            var folded = Fold(text[i]);
            if (folded == Ignorable)
            {
                i++;
                continue;
            }

            if (folded == Apostrophe)
            {
                var next = i + 1 < text.Length ? Fold(text[i + 1]) : Separator;
                if (!IsTokenCharacter(next))
                {
                    break;
                }

                if (next == 's' && (i + 2 >= text.Length || !IsTokenCharacter(Fold(text[i + 2]))))
                {
                    i += 2;
                    break;
                }

                i++;
                continue;
            }

            if (folded == Separator)
            {
                break;
            }

            if (count < limit)
            {
                destination[count++] = folded;
            }

            i++;
        }

        position = i;
        length = count;
        return true;
    }

    /// <summary>
    /// The normalised form of one character: a lower-case letter or digit, <c>'</c> for an apostrophe, U+0001 for a
    /// combining mark (skipped inside a word), or U+0000 for a separator.
    /// </summary>
    public static char Fold(char c)
    {
        var asciiFolds = AsciiFolds;
        if (c < asciiFolds.Length)
        {
            return asciiFolds[c];
        }

        if (c is '\u2019' or '\u2018' or '\u02BC' or '\u2032')
        {
            return Apostrophe;
        }

        if (c >= FirstFolded && c < FirstFolded + LatinFolding.Length)
        {
            var folded = LatinFolding[c - FirstFolded];
            if (folded != '.')
            {
                return folded;
            }
        }

        if (c is '\u0218' or '\u0219')
        {
            return 's'; // Romanian s-comma
        }

        if (c is '\u021A' or '\u021B')
        {
            return 't'; // Romanian t-comma
        }

        if (char.IsLetterOrDigit(c))
        {
            return char.ToLowerInvariant(c);
        }

        return CharUnicodeInfo.GetUnicodeCategory(c) == UnicodeCategory.NonSpacingMark ? Ignorable : Separator;
    }

    private static char FoldAscii(char c)
    {
        if (char.IsAsciiLetterLower(c) || char.IsAsciiDigit(c))
        {
            return c;
        }

        if (char.IsAsciiLetterUpper(c))
        {
            return (char)(c | 0x20);
        }

        return c == '\'' ? Apostrophe : Separator;
    }

    private static bool IsTokenCharacter(char folded) => folded > Ignorable && folded != Apostrophe;
}
