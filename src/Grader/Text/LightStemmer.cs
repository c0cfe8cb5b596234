namespace Grader.Text;

/// <summary>
/// A light English suffix stripper for copy detection and topicality: it maps the common inflections of a word to one stem
/// ("criticised", "criticises", "criticising", "criticise" → "criticis"; "countries" → "country"; "crucially" →
/// "crucial"; "modernization" → "modernis"), so that changing a word's form does not hide a copied phrase. It is not a
/// linguistic stemmer: two different words may share a stem, and irregular forms keep their own.
/// </summary>
internal static class LightStemmer
{
    /// <summary>The shortest stem a suffix may leave.</summary>
    private const int MinimumStem = 3;

    /// <summary>Stems the lower-case word in <paramref name="word"/> in place and returns the stem's length.</summary>
    public static int Stem(Span<char> word)
    {
        var length = word.Length;
        if (length <= MinimumStem || !char.IsAsciiLetterLower(word[length - 1]))
        {
            return length;
        }

        length = StripPlural(word, length);
        var before = length;
        if (EndsWith(word, length, "isation") || EndsWith(word, length, "ization"))
        {
            length -= 5;
        }
        else if (EndsWith(word, length, "ation") && length - 5 >= MinimumStem)
        {
            length -= 3;
        }
        else if (EndsWith(word, length, "ied") && length - 3 >= MinimumStem - 1)
        {
            length -= 2;
            word[length - 1] = 'y';
        }
        else if (EndsWith(word, length, "ing") && length - 3 >= MinimumStem)
        {
            length -= 3;
        }
        else if (EndsWith(word, length, "ed") && length - 2 >= MinimumStem)
        {
            length -= 2;
        }
        else if (EndsWith(word, length, "ly") && length - 2 > MinimumStem)
        {
            length -= 2;
        }

        if (length < before && length >= 2 && word[length - 1] == word[length - 2] && IsUndoubled(word[length - 1]))
        {
            length--;
        }

        // A final e goes only when no suffix did: "change" and "changed" both give "chang", "agree" and "agreed" "agre".
        if (length == before && length > MinimumStem && word[length - 1] == 'e')
        {
            length--;
        }

        if (length > MinimumStem && word[length - 1] == 'z' && word[length - 2] == 'i')
        {
            word[length - 1] = 's';
        }

        return length;
    }

    /// <summary>Drops a plural or third-person ending: "-ies" → "-y", "-sses" → "-ss", "-es" after s, x, z, ch or sh, and "-s" (not "-ss", "-us", "-is").</summary>
    private static int StripPlural(Span<char> word, int length)
    {
        if (EndsWith(word, length, "ies") && length > 4)
        {
            word[length - 3] = 'y';
            return length - 2;
        }

        if (EndsWith(word, length, "sses"))
        {
            return length - 2;
        }

        if (EndsWith(word, length, "es") && length > 4)
        {
            var c = word[length - 3];
            if (c is 's' or 'x' or 'z' || (c == 'h' && word[length - 4] is 'c' or 's'))
            {
                return length - 2;
            }
        }

        if (word[length - 1] == 's' && word[length - 2] is not ('s' or 'u' or 'i'))
        {
            return length - 1;
        }

        return length;
    }

    /// <summary>A doubled final consonant left by a suffix ("stopp" from "stopped") is undoubled, except l, s and z, which English doubles in the stem itself.</summary>
    private static bool IsUndoubled(char c) => c is not ('l' or 's' or 'z' or 'e' or 'o') && char.IsAsciiLetterLower(c);

    private static bool EndsWith(Span<char> word, int length, string suffix) =>
        length > suffix.Length && word[..length].EndsWith(suffix, StringComparison.Ordinal);

    /// <summary>
    /// The <see cref="WordHash"/> of the stem of <paramref name="word"/> in any case, without a possessive "'s" (only
    /// its first 64 characters are read): the key under which topicality looks words up.
    /// </summary>
    public static ulong StemHash(ReadOnlySpan<char> word)
    {
        Span<char> buffer = stackalloc char[64];
        var length = Math.Min(word.Length, buffer.Length);
        for (var i = 0; i < length; i++)
        {
            buffer[i] = char.ToLowerInvariant(word[i]);
        }

        if (length > 2 && buffer[length - 2] is '\'' or '’' && buffer[length - 1] == 's')
        {
            length -= 2;
        }

        return WordHash.Of(buffer[..Stem(buffer[..length])]);
    }
}
