namespace Grader.Text;

/// <summary>Splits text into <see cref="Token"/>s with <see cref="WordPreTokenizer"/>, giving each word its lexicon id and <see cref="WordHash"/>.</summary>
internal static class EssayTokenizer
{
    /// <summary>The calling thread's token buffer, reused across essays so that only the result array is allocated.</summary>
    [ThreadStatic]
    private static Token[]? s_buffer;

    /// <summary>The calling thread's word-hash buffer, reused like <see cref="s_buffer"/>.</summary>
    [ThreadStatic]
    private static ulong[]? s_hashBuffer;

    public static Token[] Tokenize(string text, Lexicon lexicon) => Tokenize(text, lexicon, out _);

    /// <summary>The tokens of <paramref name="text"/>, and the <see cref="WordHash"/> of each (0 for symbols).</summary>
    public static Token[] Tokenize(string text, Lexicon lexicon, out ulong[] wordHashes)
    {
        var tokens = s_buffer ??= new Token[1024];
        var hashes = s_hashBuffer ??= new ulong[1024];
        var count = 0;
        var span = text.AsSpan();
        var position = 0;
        while (WordPreTokenizer.Next(span, ref position, out var offset, out var length))
        {
            var piece = span.Slice(offset, length);
            var kind = Classify(piece);
            var id = Lexicon.Unknown;
            var hash = 0UL;
            if (kind != TokenKind.Symbol)
            {
                hash = WordHash.Of(piece, out var ascii);
                id = lexicon.Lookup(piece, hash, ascii);
            }

            if (count == tokens.Length)
            {
                Array.Resize(ref tokens, count * 2);
                Array.Resize(ref hashes, count * 2);
                s_buffer = tokens;
                s_hashBuffer = hashes;
            }

            tokens[count] = new Token(new TextSpan(offset, length), kind, id);
            hashes[count] = hash;
            count++;
        }

        wordHashes = hashes.AsSpan(0, count).ToArray();
        return tokens.AsSpan(0, count).ToArray();
    }

    /// <summary>
    /// Drops the calling thread's buffers when a long text grew them past <paramref name="maxTokens"/>, so one huge essay
    /// does not keep its memory for the life of the thread (the next text starts again from the default size).
    /// </summary>
    public static void TrimThreadBuffers(int maxTokens)
    {
        if (s_buffer is { } buffer && buffer.Length > maxTokens)
        {
            s_buffer = null;
            s_hashBuffer = null;
        }
    }

    public static TokenKind Classify(ReadOnlySpan<char> piece)
    {
        if (!WordPreTokenizer.IsWordChar(piece[0]))
        {
            return TokenKind.Symbol;
        }

        foreach (var c in piece)
        {
            if (!char.IsAsciiDigit(c))
            {
                return TokenKind.Word;
            }
        }

        return TokenKind.Number;
    }
}
