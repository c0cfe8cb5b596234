namespace Grader.Text;

/// <summary>Splits text into <see cref="Token"/>s with <see cref="WordPreTokenizer"/>, giving each word its lexicon id.</summary>
internal static class EssayTokenizer
{
    /// <summary>The calling thread's token buffer, reused across essays so that only the result array is allocated.</summary>
    [ThreadStatic]
    private static List<Token>? s_buffer;

    public static Token[] Tokenize(string text, Lexicon lexicon)
    {
        var tokens = s_buffer ??= new List<Token>(1024);
        tokens.Clear();
        var span = text.AsSpan();
        var position = 0;
        while (WordPreTokenizer.Next(span, ref position, out var offset, out var length))
        {
            var piece = span.Slice(offset, length);
            var kind = Classify(piece);
            var id = kind == TokenKind.Symbol ? Lexicon.Unknown : lexicon.Lookup(piece);
            tokens.Add(new Token(new TextSpan(offset, length), kind, id));
        }

        return tokens.ToArray();
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
