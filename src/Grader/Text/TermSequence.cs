namespace Grader.Text;

/// <summary>
/// The words of a text as copy detection compares them, in order: each lower-cased, joined again where invisible format
/// characters (zero-width spaces and joiners, soft hyphens, word joiners) split it, stemmed by
/// <see cref="LightStemmer"/> when it is a content word, and hashed; punctuation dropped. So case changes, inflections
/// and hidden characters do not change the terms. Refilled for each text (it keeps its arrays, so reuse allocates
/// nothing once they have grown); not thread-safe.
/// </summary>
internal sealed class TermSequence
{
    private static readonly System.Buffers.SearchValues<char> SentenceMarks = System.Buffers.SearchValues.Create(".!?");

    /// <summary>
    /// Slots of the memo of words met before (direct-mapped). ASAP-AES's 12,976 essays hold about 38,000 distinct words:
    /// with 4,096 slots, words evicting each other made the memo 4 % of an essay's marking; 16,384 (384 KB per
    /// sequence, one per marking thread) keep the common words.
    /// </summary>
    private const int RememberedWords = 16384;

    /// <summary>Words longer than this are hashed whole, without stemming.</summary>
    private const int MaxStemmedLength = 48;

    private ulong[] _hashes = new ulong[256];
    private TermKind[] _kinds = new TermKind[256];
    private int[] _tokens = new int[256];
    private bool[] _breaks = new bool[256];

    /// <summary>
    /// The terms of words met before, by their <see cref="WordHash"/> (one slot each, the later word winning): an essay's
    /// words are mostly words of earlier essays, so most words skip the function-word look-up and the stemming. A term
    /// depends only on the word, case aside, which the hash stands for.
    /// </summary>
    private readonly RememberedTerm[] _remembered = new RememberedTerm[RememberedWords];
    private Token[] _textTokens = new Token[512];
    private ulong[] _textHashes = new ulong[512];

    public int Count { get; private set; }

    /// <summary>Each term's hash: the stem's for content words, the word's own <see cref="WordHash"/> for function words.</summary>
    public ReadOnlySpan<ulong> Hashes => _hashes.AsSpan(0, Count);

    public ReadOnlySpan<TermKind> Kinds => _kinds.AsSpan(0, Count);

    /// <summary>Each term's first token (an index into the tokens it was read from).</summary>
    public ReadOnlySpan<int> Tokens => _tokens.AsSpan(0, Count);

    /// <summary>
    /// Whether a full stop, question or exclamation mark stands before each term (since the previous term, within the
    /// tokens appended): where a sentence may end whatever the case of the next word, so that lower-casing a text,
    /// which hides sentence ends from <see cref="SentenceSplitter"/>, does not change where copy detection cuts it.
    /// </summary>
    public ReadOnlySpan<bool> Breaks => _breaks.AsSpan(0, Count);

    public void Clear() => Count = 0;

    /// <summary>
    /// Appends the terms of the whole of <paramref name="text"/>, read without an analysis (no lexicon, blocks or
    /// sentences): the cheap path for comparing many texts with each other. Its own token buffers are reused.
    /// </summary>
    public void AppendText(string text)
    {
        var count = 0;
        var position = 0;
        var span = text.AsSpan();
        while (WordPreTokenizer.Next(span, ref position, out var offset, out var length))
        {
            if (count == _textTokens.Length)
            {
                Array.Resize(ref _textTokens, count * 2);
                Array.Resize(ref _textHashes, count * 2);
            }

            var piece = span.Slice(offset, length);
            var kind = EssayTokenizer.Classify(piece);
            _textTokens[count] = new Token(new TextSpan(offset, length), kind, Lexicon.Unknown);
            _textHashes[count] = kind == TokenKind.Symbol ? 0 : WordHash.Of(piece);
            count++;
        }

        Append(text, _textTokens.AsSpan(0, count), _textHashes.AsSpan(0, count), 0, count);
    }

    /// <summary>Appends the terms of <paramref name="tokens"/>[<paramref name="first"/>..<paramref name="end"/>) of <paramref name="text"/>, whose word hashes are <paramref name="wordHashes"/>.</summary>
    public void Append(string text, ReadOnlySpan<Token> tokens, ReadOnlySpan<ulong> wordHashes, int first, int end)
    {
        Span<char> buffer = stackalloc char[MaxStemmedLength];
        var stop = false;
        var i = first;
        while (i < end)
        {
            var token = tokens[i];
            if (token.Kind == TokenKind.Symbol)
            {
                stop |= text.AsSpan(token.Start, token.Span.Length).IndexOfAny(SentenceMarks) >= 0;
                i++;
                continue;
            }

            var last = LastPieceOfWord(text, tokens, i, end);
            if (last == i)
            {
                Add(Remembered(text.AsSpan(token.Start, token.Span.Length), token.Kind, wordHashes[i], buffer), i, stop);
            }
            else
            {
                Add(JoinedTerm(text, tokens, i, last, buffer), i, stop);
            }

            stop = false;
            i = last + 1;
        }
    }

    /// <summary>Whether <paramref name="symbol"/> is only invisible format characters (zero-width space or joiner, soft hyphen, word joiner, byte-order mark).</summary>
    public static bool IsInvisible(ReadOnlySpan<char> symbol)
    {
        foreach (var c in symbol)
        {
            if (char.GetUnicodeCategory(c) != System.Globalization.UnicodeCategory.Format)
            {
                return false;
            }
        }

        return !symbol.IsEmpty;
    }

    /// <summary>The index of the last word piece of the word that starts at token <paramref name="i"/>: pieces touching an invisible symbol that touches the next piece belong to one word.</summary>
    private static int LastPieceOfWord(string text, ReadOnlySpan<Token> tokens, int i, int end)
    {
        var last = i;
        while (last + 2 < end
            && tokens[last + 1].Kind == TokenKind.Symbol
            && tokens[last + 1].Start == tokens[last].End
            && tokens[last + 2].Kind != TokenKind.Symbol
            && tokens[last + 2].Start == tokens[last + 1].End
            && IsInvisible(text.AsSpan(tokens[last + 1].Start, tokens[last + 1].Span.Length)))
        {
            last += 2;
        }

        return last;
    }

    private static (ulong Hash, TermKind Kind) JoinedTerm(string text, ReadOnlySpan<Token> tokens, int first, int last, Span<char> buffer)
    {
        Span<char> joined = stackalloc char[MaxStemmedLength * 2];
        var length = 0;
        var digits = true;
        for (var k = first; k <= last; k += 2)
        {
            var piece = text.AsSpan(tokens[k].Start, tokens[k].Span.Length);
            digits &= tokens[k].Kind == TokenKind.Number;
            var take = Math.Min(piece.Length, joined.Length - length);
            piece[..take].CopyTo(joined[length..]);
            length += take;
        }

        var word = joined[..length];
        return Term(word, digits ? TokenKind.Number : TokenKind.Word, WordHash.Of(word), buffer);
    }

    /// <summary>The term of a word, from <see cref="_remembered"/> when this sequence has met the word before.</summary>
    private (ulong Hash, TermKind Kind) Remembered(ReadOnlySpan<char> word, TokenKind kind, ulong wordHash, Span<char> buffer)
    {
        ref var entry = ref _remembered[(int)((wordHash ^ (wordHash >> 32)) & (RememberedWords - 1))];
        if (entry.Word == wordHash && entry.Known)
        {
            return (entry.Term, entry.Kind);
        }

        var term = Term(word, kind, wordHash, buffer);
        entry = new RememberedTerm(wordHash, term.Hash, term.Kind, true);
        return term;
    }

    private static (ulong Hash, TermKind Kind) Term(ReadOnlySpan<char> word, TokenKind kind, ulong wordHash, Span<char> buffer)
    {
        if (kind == TokenKind.Number)
        {
            return (wordHash, TermKind.Number);
        }

        if (FunctionWordSet.Contains(wordHash))
        {
            return (wordHash, TermKind.Function);
        }

        if (word.Length > buffer.Length)
        {
            return (wordHash, TermKind.Content);
        }

        var lower = buffer[..word.Length];
        for (var k = 0; k < word.Length; k++)
        {
            var c = word[k];
            lower[k] = c < 128 ? (char)(char.IsAsciiLetterUpper(c) ? c | 0x20 : c) : char.ToLowerInvariant(c);
        }

        return (WordHash.Of(lower[..LightStemmer.Stem(lower)]), TermKind.Content);
    }

    private void Add((ulong Hash, TermKind Kind) term, int token, bool afterStop)
    {
        if (Count == _hashes.Length)
        {
            Array.Resize(ref _hashes, Count * 2);
            Array.Resize(ref _kinds, Count * 2);
            Array.Resize(ref _tokens, Count * 2);
            Array.Resize(ref _breaks, Count * 2);
        }

        _hashes[Count] = term.Hash;
        _kinds[Count] = term.Kind;
        _tokens[Count] = token;
        _breaks[Count] = afterStop;
        Count++;
    }

    private readonly record struct RememberedTerm(ulong Word, ulong Term, TermKind Kind, bool Known);
}
