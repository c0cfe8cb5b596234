namespace Grader.Text;

/// <summary>
/// A light English suffix stripper: enough that "treaties" meets "treaty", "industrialised" meets "industrialisation"'s
/// stem "industrialis", and "Soviets" meets "Soviet", without a dictionary. It over-strips now and then ("news" to
/// "new"); it is used only to tell whether two texts share words, never shown. Lower-cases; stateless.
/// </summary>
internal static class LightStemmer
{
    /// <summary>Suffixes tried longest first; a word keeps at least <see cref="MinStem"/> letters.</summary>
    private static readonly string[] Suffixes =
    [
        "ational", "ations", "ation", "ments", "ment", "ities", "ity", "ingly", "ings", "ing", "edly",
        "ies", "ied", "ers", "er", "est", "ed", "es", "ly", "s",
    ];

    private const int MinStem = 3;

    /// <summary>Writes the stem of <paramref name="word"/>, lower-cased, into <paramref name="destination"/> and returns its length.</summary>
    public static int Stem(ReadOnlySpan<char> word, Span<char> destination)
    {
        var length = Math.Min(word.Length, destination.Length);
        for (var i = 0; i < length; i++)
        {
            destination[i] = char.ToLowerInvariant(word[i]);
        }

        if (length > 2 && destination[length - 2] is '\'' or '’' && destination[length - 1] == 's')
        {
            length -= 2;
        }

        var lower = destination[..length];
        foreach (var suffix in Suffixes)
        {
            if (lower.Length - suffix.Length >= MinStem && lower.EndsWith(suffix, StringComparison.Ordinal) && !(suffix == "s" && lower.EndsWith("ss", StringComparison.Ordinal)))
            {
                var stem = lower.Length - suffix.Length;
                if (suffix is "ies" or "ied")
                {
                    destination[stem] = 'y';
                    return stem + 1;
                }

                return stem;
            }
        }

        return length;
    }

    /// <summary>The <see cref="WordHash"/> of the stem of <paramref name="word"/>.</summary>
    public static ulong StemHash(ReadOnlySpan<char> word)
    {
        Span<char> buffer = stackalloc char[64];
        var length = Stem(word.Length <= buffer.Length ? word : word[..buffer.Length], buffer);
        return WordHash.Of(buffer[..length]);
    }
}
