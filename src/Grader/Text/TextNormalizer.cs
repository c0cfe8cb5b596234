using System.Buffers;
using System.Globalization;
using System.Text;

namespace Grader.Text;

/// <summary>
/// Makes an essay's text plain before analysis, so that characters a reader cannot see cannot change a mark:
/// <list type="bullet">
/// <item>invisible format characters are removed: soft hyphens, zero-width spaces and joiners, word joiners, byte-order
/// marks, direction marks and embeddings, variation selectors, Hangul fillers, and Unicode tag characters (whose
/// hidden ASCII is kept in <see cref="NormalizerReport.HiddenText"/>);</item>
/// <item>compatibility forms become the letters they stand for: full-width ASCII, the Latin ligatures (ﬁ, ﬂ…) and
/// the mathematical alphanumeric letters and digits (𝐒𝐭𝐚𝐥𝐢𝐧);</item>
/// <item>Cyrillic and Greek look-alikes inside a word that also has Latin letters become Latin ("Ѕtаlin");</item>
/// <item>line and paragraph separators become line feeds: U+2029 and form feed break a paragraph (a blank line),
/// U+2028, vertical tab, NEL and a lone carriage return break a line.</item>
/// </list>
/// Every character of the result remembers the original characters it came from (<see cref="NormalizedText"/>).
/// Text that needs none of this (nearly every essay) is returned as it is, after one vectorised scan.
/// Stateless and thread-safe.
/// </summary>
internal static class TextNormalizer
{
    /// <summary>Tag characters (U+E0000–U+E007F) whose hidden ASCII is kept, at most this much.</summary>
    private const int MaxHiddenText = 200;

    /// <summary>Every UTF-16 unit that may need work (surrogates included: a pair may be a tag or a styled letter).</summary>
    private static readonly SearchValues<char> NeedsWork = SearchValues.Create(BuildNeedsWork());

    public static NormalizedText Normalize(string text) => Normalize(text, out _);

    public static NormalizedText Normalize(string text, out NormalizerReport report)
    {
        ArgumentNullException.ThrowIfNull(text);
        report = NormalizerReport.None;
        if (!NeedsAnyWork(text))
        {
            return NormalizedText.Unchanged(text);
        }

        var output = new StringBuilder(text.Length);
        var starts = new List<int>(text.Length);
        var ends = new List<int>(text.Length);
        var hidden = new StringBuilder();
        var removed = 0;
        var tags = 0;
        for (var i = 0; i < text.Length;)
        {
            var c = text[i];
            if (char.IsHighSurrogate(c) && i + 1 < text.Length && char.IsLowSurrogate(text[i + 1]))
            {
                var codePoint = char.ConvertToUtf32(c, text[i + 1]);
                if (MathAlphanumeric(codePoint) is { } plain)
                {
                    Emit(plain, i, i + 2);
                }
                else if (codePoint is >= 0xE0000 and <= 0xE007F)
                {
                    tags++;
                    removed++;
                    if (codePoint is >= 0xE0020 and <= 0xE007E && hidden.Length < MaxHiddenText)
                    {
                        hidden.Append((char)(codePoint - 0xE0000));
                    }
                }
                else if (IsInvisible(codePoint))
                {
                    removed++;
                }
                else
                {
                    Emit(c, i, i + 2);
                    Emit(text[i + 1], i, i + 2);
                }

                i += 2;
                continue;
            }

            switch (c)
            {
                case '\r':
                    if (i + 1 < text.Length && text[i + 1] == '\n')
                    {
                        Emit('\r', i, i + 1);
                    }
                    else
                    {
                        Emit('\n', i, i + 1);
                    }

                    break;
                case '\u2029' or '\f':
                    Emit('\n', i, i + 1);
                    Emit('\n', i, i + 1);
                    break;
                case '\u2028' or '\v' or '\u0085':
                    Emit('\n', i, i + 1);
                    break;
                case '\u3000':
                    Emit(' ', i, i + 1);
                    break;
                case >= '\uFF01' and <= '\uFF5E':
                    Emit((char)(c - 0xFEE0), i, i + 1);
                    break;
                case >= '\u2100' and <= '\u214F' when LetterlikeLetter(c) is { } letter:
                    Emit(letter, i, i + 1);
                    break;
                case >= '\uFB00' and <= '\uFB06':
                    foreach (var letter in Ligature(c))
                    {
                        Emit(letter, i, i + 1);
                    }

                    break;
                case '\u00AD':
                    // A soft hyphen is a word processor's line-break hint, not an attempt to hide: removed, not counted.
                    break;
                default:
                    if (IsInvisible(c))
                    {
                        removed++;
                    }
                    else
                    {
                        Emit(c, i, i + 1);
                    }

                    break;
            }

            i++;
        }

        var buffer = new char[output.Length];
        output.CopyTo(0, buffer, output.Length);
        var lookAlikes = ReplaceLookAlikes(buffer);
        report = new NormalizerReport(removed, tags, hidden.ToString(), lookAlikes);
        return NormalizedText.Of(text, new string(buffer), [.. starts], [.. ends], removed);

        void Emit(char value, int start, int end)
        {
            output.Append(value);
            starts.Add(start);
            ends.Add(end);
        }
    }

    private static bool NeedsAnyWork(string text)
    {
        var span = text.AsSpan();
        var offset = 0;
        while (true)
        {
            var found = span[offset..].IndexOfAny(NeedsWork);
            if (found < 0)
            {
                return false;
            }

            var at = offset + found;
            if (span[at] != '\r' || at + 1 >= span.Length || span[at + 1] != '\n')
            {
                return true;
            }

            offset = at + 2;
        }
    }

    /// <summary>Characters that take no room on the page and carry nothing a marker reads.</summary>
    private static bool IsInvisible(int codePoint) =>
        codePoint is 0x034F or 0x115F or 0x1160 or 0x3164 or 0xFFA0 or (>= 0xFE00 and <= 0xFE0F) or (>= 0xE0100 and <= 0xE01EF)
        || (codePoint != '\u2029' && codePoint != '\u2028' && CharUnicodeInfo.GetUnicodeCategory(codePoint) == UnicodeCategory.Format);

    private static string Ligature(char c) => c switch
    {
        '\uFB00' => "ff",
        '\uFB01' => "fi",
        '\uFB02' => "fl",
        '\uFB03' => "ffi",
        '\uFB04' => "ffl",
        _ => "st",
    };

    /// <summary>
    /// The plain letter or digit a mathematical alphanumeric symbol is drawn from (bold, italic, script, double-struck…),
    /// or null. A few styled letters live in the Letterlike Symbols block instead (italic h is U+210E, script M U+2133).
    /// </summary>
    private static char? MathAlphanumeric(int codePoint)
    {
        if (codePoint is >= 0x2100 and <= 0x214F)
        {
            return LetterlikeLetter(codePoint);
        }

        if (codePoint is >= 0x1D400 and <= 0x1D6A3)
        {
            var letter = (codePoint - 0x1D400) % 52;
            return (char)(letter < 26 ? 'A' + letter : 'a' + (letter - 26));
        }

        if (codePoint is >= 0x1D7CE and <= 0x1D7FF)
        {
            return (char)('0' + ((codePoint - 0x1D7CE) % 10));
        }

        return null;
    }

    private static char? LetterlikeLetter(int codePoint) => codePoint switch
    {
        0x2102 or 0x212D => 'C',
        0x210A => 'g',
        0x210B or 0x210C or 0x210D => 'H',
        0x210E => 'h',
        0x2110 or 0x2111 => 'I',
        0x2112 => 'L',
        0x2113 => 'l',
        0x2115 => 'N',
        0x2119 => 'P',
        0x211A => 'Q',
        0x211B or 0x211C or 0x211D => 'R',
        0x2124 or 0x2128 => 'Z',
        0x212C => 'B',
        0x212F or 0x2147 => 'e',
        0x2130 => 'E',
        0x2131 => 'F',
        0x2133 => 'M',
        0x2134 => 'o',
        0x2139 or 0x2148 => 'i',
        0x2145 => 'D',
        0x2146 => 'd',
        0x2149 => 'j',
        _ => null,
    };

    /// <summary>Replaces Cyrillic and Greek look-alike letters in words that also hold Latin letters; returns how many.</summary>
    private static int ReplaceLookAlikes(char[] text)
    {
        var replaced = 0;
        var i = 0;
        while (i < text.Length)
        {
            if (!char.IsLetter(text[i]))
            {
                i++;
                continue;
            }

            var start = i;
            var latin = false;
            var lookAlike = false;
            while (i < text.Length && char.IsLetter(text[i]))
            {
                latin |= char.IsAsciiLetter(text[i]);
                lookAlike |= LatinLookAlike(text[i]) != '\0';
                i++;
            }

            if (!latin || !lookAlike)
            {
                continue;
            }

            for (var j = start; j < i; j++)
            {
                var plain = LatinLookAlike(text[j]);
                if (plain != '\0')
                {
                    text[j] = plain;
                    replaced++;
                }
            }
        }

        return replaced;
    }

    /// <summary>The Latin letter a Cyrillic or Greek letter is drawn like, or '\0'.</summary>
    private static char LatinLookAlike(char c) => c switch
    {
        'А' or 'Α' => 'A',
        'В' or 'Β' => 'B',
        'С' => 'C',
        'Е' or 'Ε' => 'E',
        'Н' or 'Η' => 'H',
        'І' or 'Ι' => 'I',
        'Ј' => 'J',
        'К' or 'Κ' => 'K',
        'М' or 'Μ' => 'M',
        'Ν' => 'N',
        'О' or 'Ο' => 'O',
        'Р' or 'Ρ' => 'P',
        'Ѕ' => 'S',
        'Т' or 'Τ' => 'T',
        'Х' or 'Χ' => 'X',
        'с' => 'c',
        'Υ' => 'Y',
        'Ζ' => 'Z',
        'а' => 'a',
        'ԁ' => 'd',
        'е' => 'e',
        'һ' => 'h',
        'і' => 'i',
        'ј' => 'j',
        'ӏ' => 'l',
        'о' or 'ο' => 'o',
        'р' or 'ρ' => 'p',
        'ԛ' => 'q',
        'ѕ' => 's',
        'ν' => 'v',
        'ԝ' => 'w',
        'х' or 'χ' => 'x',
        'у' => 'y',
        _ => '\0',
    };

    private static string BuildNeedsWork()
    {
        var units = new StringBuilder();
        units.Append("\r\f\v\u0085\u2028\u2029\u3000");
        for (var c = 0x80; c <= 0xFFFF; c++)
        {
            var unit = (char)c;
            if (char.IsSurrogate(unit) || (c is >= 0xFF01 and <= 0xFF5E) || (c is >= 0xFB00 and <= 0xFB06) || IsInvisible(c) || LatinLookAlike(unit) != '\0' || LetterlikeLetter(c) is not null)
            {
                units.Append(unit);
            }
        }

        return units.ToString();
    }
}
