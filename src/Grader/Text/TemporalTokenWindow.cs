namespace Grader.Text;

/// <summary>
/// The tokens <c>tokens[first..end)</c> of an essay's text, with the small questions the temporal and quantity matchers
/// ask of them. Every lookup outside the window answers "no", so no rule ever looks past a sentence it was not given.
/// </summary>
internal readonly ref struct TemporalTokenWindow
{
    private readonly ReadOnlySpan<Token> _tokens;
    private readonly ReadOnlySpan<ulong> _wordHashes;

    /// <summary>A window on <c>tokens[first..end)</c>; <paramref name="wordHashes"/> is each token's <see cref="WordHash"/> when the tokenizer made them (empty: made on demand).</summary>
    public TemporalTokenWindow(string text, ReadOnlySpan<Token> tokens, int first, int end, ReadOnlySpan<ulong> wordHashes = default)
    {
        ArgumentNullException.ThrowIfNull(text);
        ArgumentOutOfRangeException.ThrowIfNegative(first);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(end, tokens.Length);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(first, end);
        Text = text;
        _tokens = tokens;
        _wordHashes = wordHashes.Length == tokens.Length ? wordHashes : default;
        First = first;
        End = end;
    }

    public string Text { get; }

    public int First { get; }

    public int End { get; }

    public Token this[int index] => _tokens[index];

    public bool Has(int index) => index >= First && index < End;

    /// <summary>The characters of token <paramref name="index"/>.</summary>
    /// <summary>The <see cref="WordHash"/> of the token at <paramref name="index"/> (a word or number).</summary>
    public ulong WordHashOf(int index) => _wordHashes.IsEmpty ? WordHash.Of(Chars(index)) : _wordHashes[index];

    public ReadOnlySpan<char> Chars(int index) => Text.AsSpan(_tokens[index].Start, _tokens[index].Span.Length);

    public bool IsKind(int index, TokenKind kind) => Has(index) && _tokens[index].Kind == kind;

    public bool IsWord(int index) => IsKind(index, TokenKind.Word);

    /// <summary>Whether token <paramref name="index"/> is the word <paramref name="word"/>, ignoring case.</summary>
    public bool IsWord(int index, string word) =>
        IsWord(index) && Chars(index).Equals(word, StringComparison.OrdinalIgnoreCase);

    /// <summary>Whether token <paramref name="index"/> is exactly the one symbol <paramref name="symbol"/>.</summary>
    public bool IsSymbol(int index, char symbol) =>
        IsKind(index, TokenKind.Symbol) && _tokens[index].Span.Length == 1 && Text[_tokens[index].Start] == symbol;

    /// <summary>Whether token <paramref name="index"/> is a run of <paramref name="minDigits"/> to <paramref name="maxDigits"/> digits.</summary>
    public bool IsNumber(int index, int minDigits, int maxDigits) =>
        IsKind(index, TokenKind.Number) && _tokens[index].Span.Length >= minDigits && _tokens[index].Span.Length <= maxDigits;

    /// <summary>Whether tokens <paramref name="left"/> and <paramref name="left"/> + 1 are both in the window with no space between them.</summary>
    public bool TouchesNext(int left) => Has(left) && Has(left + 1) && _tokens[left].End == _tokens[left + 1].Start;

    /// <summary>Whether the token starts with an upper-case letter.</summary>
    public bool StartsUpper(int index) => char.IsUpper(Text[_tokens[index].Start]);

    /// <summary>The value of a number token of at most nine digits.</summary>
    public int SmallNumber(int index)
    {
        var value = 0;
        foreach (var c in Chars(index))
        {
            value = (value * 10) + (c - '0');
        }

        return value;
    }

    /// <summary>Whether token <paramref name="index"/> is a lone dash of any kind: "-", "‐", "–", "—", "−".</summary>
    public bool IsDash(int index)
    {
        if (!IsKind(index, TokenKind.Symbol) || _tokens[index].Span.Length != 1)
        {
            return false;
        }

        var c = Text[_tokens[index].Start];
        return c is '-' or '\u2010' or '\u2011' or '\u2012' or '\u2013' or '\u2014' or '\u2212';
    }

    /// <summary>Whether token <paramref name="index"/> is a lone apostrophe: "'" or "’".</summary>
    public bool IsApostrophe(int index) => IsSymbol(index, '\'') || IsSymbol(index, '\u2019');

    /// <summary>Whether a possessive "'s" touches the end of token <paramref name="index"/>.</summary>
    public bool HasPossessiveAfter(int index) =>
        TouchesNext(index) && IsApostrophe(index + 1) && TouchesNext(index + 1) && IsWord(index + 2, "s");

    /// <summary>
    /// Whether token <paramref name="index"/> continues a number that started earlier: it follows "," or "." that
    /// touches a number ("000" in "10,000", "5" in "1.5").
    /// </summary>
    public bool ContinuesNumber(int index) =>
        Has(index - 2)
        && (IsSymbol(index - 1, ',') || IsSymbol(index - 1, '.'))
        && TouchesNext(index - 1)
        && TouchesNext(index - 2)
        && _tokens[index - 2].Kind == TokenKind.Number;

    /// <summary>
    /// Whether a number token is followed, without spaces, by "," and three digits or by "." and digits, so it is
    /// only the start of "1,950" or "1950.5".
    /// </summary>
    public bool IsFollowedByNumberPart(int index)
    {
        if (!TouchesNext(index) || !TouchesNext(index + 1))
        {
            return false;
        }

        return (IsSymbol(index + 1, ',') && IsNumber(index + 2, 3, 3))
            || (IsSymbol(index + 1, '.') && IsKind(index + 2, TokenKind.Number));
    }
}
