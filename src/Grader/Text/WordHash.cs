namespace Grader.Text;

/// <summary>
/// The case-insensitive FNV-1a hash of one word (each character lower-cased, invariant): made once per token by the
/// tokenizer, it keys the lexicon's table of ASCII words and the copy and repetition checks' runs of words.
/// </summary>
internal static class WordHash
{
    private const ulong OffsetBasis = 14695981039346656037UL;
    private const ulong Prime = 1099511628211UL;

    /// <summary>The hash of <paramref name="word"/>.</summary>
    public static ulong Of(ReadOnlySpan<char> word) => Of(word, out _);

    /// <summary>The hash of <paramref name="word"/>; <paramref name="ascii"/> tells whether every character is ASCII.</summary>
    public static ulong Of(ReadOnlySpan<char> word, out bool ascii)
    {
        var hash = OffsetBasis;
        var all = 0;
        foreach (var c in word)
        {
            all |= c;
            var lower = c < 128 ? (char.IsAsciiLetterUpper(c) ? (char)(c | 0x20) : c) : char.ToLowerInvariant(c);
            hash = (hash ^ lower) * Prime;
        }

        ascii = all < 128;
        return hash;
    }
}
