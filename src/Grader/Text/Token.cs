namespace Grader.Text;

/// <summary>
/// One token of an essay. <see cref="WordId"/> is the token's id in the mark scheme's <see cref="Lexicon"/>
/// (case-insensitive), or <see cref="Lexicon.Unknown"/> when the lexicon does not hold it.
/// </summary>
internal readonly record struct Token(TextSpan Span, TokenKind Kind, int WordId)
{
    public int Start => Span.Start;

    public int End => Span.End;
}
