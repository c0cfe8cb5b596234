namespace Grader.Text;

/// <summary>Splits text into <see cref="Token"/>s with <see cref="WordPreTokenizer"/>, giving each word its lexicon id.</summary>
internal static class EssayTokenizer
{
    public static Token[] Tokenize(string text, Lexicon lexicon)
    {
        var tokens = new List<Token>(text.Length / 5 + 4);
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
