namespace Grader.Text;

/// <summary>
/// A set of phrases compiled into a trie over lexicon ids. Phrases match on their words and numbers only, case-
/// insensitively, ignoring punctuation between them, so "five-year plan" matches "Five Year Plan" and
/// "Stalin's death" matches "Stalin’s death". Immutable and thread-safe.
/// </summary>
internal sealed class PhraseSet
{
    private readonly List<int> _terminalValue = new() { -1 };

    /// <summary>
    /// The trie's edges, in an open-addressing table (keys <see cref="Key"/>, −1 for an empty slot; at most half
    /// full): following an edge is one or two array reads. Looking edges up in the dictionary was 2–3 % of marking time,
    /// every sentence's tokens being walked through three phrase sets.
    /// </summary>
    private long[] _edgeKeys = [];
    private int[] _edgeTargets = [];
    private int _edgeMask;

    /// <summary>
    /// The root's edges by word id (0: no phrase starts with that word), so the common case — a token that starts no
    /// phrase — costs one array read instead of a hash lookup.
    /// </summary>
    private readonly int[] _rootEdges;

    private PhraseSet(int lexiconSize) => _rootEdges = new int[lexiconSize];

    /// <summary>Compiles <paramref name="phrases"/>; each phrase is tokenised with <paramref name="lexicon"/>, which must hold all of its words.</summary>
    public static PhraseSet Compile(Lexicon lexicon, IEnumerable<(string Phrase, int Value)> phrases)
    {
        var set = new PhraseSet(lexicon.Count);
        var edges = new Dictionary<long, int>();
        foreach (var (phrase, value) in phrases)
        {
            var node = 0;
            var position = 0;
            var any = false;
            while (WordPreTokenizer.Next(phrase, ref position, out var offset, out var length))
            {
                var span = phrase.AsSpan(offset, length);
                if (!WordPreTokenizer.IsWordChar(span[0]))
                {
                    continue;
                }

                var id = lexicon.Lookup(span);
                if (id == Lexicon.Unknown)
                {
                    throw new ArgumentException($"The lexicon does not hold '{span}' from phrase '{phrase}'.", nameof(lexicon));
                }

                any = true;
                var key = Key(node, id);
                if (!edges.TryGetValue(key, out var next))
                {
                    next = set._terminalValue.Count;
                    set._terminalValue.Add(-1);
                    edges.Add(key, next);
                    if (node == 0)
                    {
                        set._rootEdges[id] = next;
                    }
                }

                node = next;
            }

            if (any && set._terminalValue[node] < 0)
            {
                set._terminalValue[node] = value;
            }
        }

        set.FreezeEdges(edges);
        return set;
    }

    private void FreezeEdges(Dictionary<long, int> edges)
    {
        var size = 16;
        while (size < edges.Count * 2)
        {
            size *= 2;
        }

        _edgeKeys = new long[size];
        _edgeTargets = new int[size];
        _edgeMask = size - 1;
        Array.Fill(_edgeKeys, -1L);
        foreach (var (key, target) in edges)
        {
            var slot = SlotOf(key);
            while (_edgeKeys[slot] != -1L)
            {
                slot = (slot + 1) & _edgeMask;
            }

            _edgeKeys[slot] = key;
            _edgeTargets[slot] = target;
        }
    }

    private int SlotOf(long key) => (int)(((ulong)key * 0x9E3779B97F4A7C15UL) >> 40) & _edgeMask;

    /// <summary>The node the edge <paramref name="key"/> leads to, or false when there is none.</summary>
    private bool TryFollow(long key, out int node)
    {
        for (var slot = SlotOf(key); ; slot = (slot + 1) & _edgeMask)
        {
            var found = _edgeKeys[slot];
            if (found == key)
            {
                node = _edgeTargets[slot];
                return true;
            }

            if (found == -1L)
            {
                node = 0;
                return false;
            }
        }
    }

    /// <summary>
    /// Finds the leftmost-longest, non-overlapping matches among <paramref name="tokens"/>[<paramref name="first"/>..<paramref name="end"/>).
    /// </summary>
    public void FindAll(ReadOnlySpan<Token> tokens, int first, int end, List<PhraseMatch> into)
    {
        var i = first;
        while (i < end)
        {
            if (TryMatchAt(tokens, i, end, out var match))
            {
                into.Add(match);
                i = match.LastToken + 1;
            }
            else
            {
                i++;
            }
        }
    }

    /// <summary>Appends to <paramref name="values"/> the value of every phrase that occurs among the tokens (a value once per occurrence).</summary>
    public void CollectValues(ReadOnlySpan<Token> tokens, int first, int end, List<int> values)
    {
        for (var start = first; start < end; start++)
        {
            var node = RootEdge(tokens[start]);
            if (node == 0)
            {
                continue;
            }

            for (var i = start; ;)
            {
                var value = _terminalValue[node];
                if (value >= 0)
                {
                    values.Add(value);
                }

                if (!TryStep(tokens, ref i, end, ref node))
                {
                    break;
                }
            }
        }
    }

    /// <summary>
    /// The bitwise OR of the values of every phrase that occurs among the tokens (for a set whose values are flags):
    /// one pass answers "which kinds of phrase does this sentence hold?".
    /// </summary>
    public int CollectFlags(ReadOnlySpan<Token> tokens, int first, int end)
    {
        var flags = 0;
        for (var start = first; start < end; start++)
        {
            var node = RootEdge(tokens[start]);
            if (node == 0)
            {
                continue;
            }

            for (var i = start; ;)
            {
                var value = _terminalValue[node];
                if (value > 0)
                {
                    flags |= value;
                }

                if (!TryStep(tokens, ref i, end, ref node))
                {
                    break;
                }
            }
        }

        return flags;
    }

    /// <summary>The longest phrase that starts at token <paramref name="start"/>.</summary>
    /// <remarks>Inlined: most tokens start no phrase, and that answer is one array read.</remarks>
    [System.Runtime.CompilerServices.MethodImpl(System.Runtime.CompilerServices.MethodImplOptions.AggressiveInlining)]
    public bool TryMatchAt(ReadOnlySpan<Token> tokens, int start, int end, out PhraseMatch match)
    {
        var node = RootEdge(tokens[start]);
        if (node == 0)
        {
            match = default;
            return false;
        }

        return TryMatchFrom(tokens, start, end, node, out match);
    }

    private bool TryMatchFrom(ReadOnlySpan<Token> tokens, int start, int end, int node, out PhraseMatch match)
    {
        match = default;
        var found = false;
        for (var i = start; ;)
        {
            var value = _terminalValue[node];
            if (value >= 0)
            {
                match = new PhraseMatch(start, i, value, TextSpan.FromBounds(tokens[start].Start, tokens[i].End));
                found = true;
            }

            if (!TryStep(tokens, ref i, end, ref node))
            {
                return found;
            }
        }
    }

    /// <summary>The node reached from the root by <paramref name="token"/>, or 0 when no phrase starts with it.</summary>
    [System.Runtime.CompilerServices.MethodImpl(System.Runtime.CompilerServices.MethodImplOptions.AggressiveInlining)]
    private int RootEdge(Token token) =>
        token.Kind != TokenKind.Symbol && (uint)token.WordId < (uint)_rootEdges.Length ? _rootEdges[token.WordId] : 0;

    /// <summary>
    /// Follows the edge for the next word token after <paramref name="at"/> (symbols between words are skipped);
    /// false when the sentence ends or no phrase continues with that word.
    /// </summary>
    private bool TryStep(ReadOnlySpan<Token> tokens, ref int at, int end, ref int node)
    {
        for (var i = at + 1; i < end; i++)
        {
            var token = tokens[i];
            if (token.Kind == TokenKind.Symbol)
            {
                continue;
            }

            if (token.WordId < 0 || !TryFollow(Key(node, token.WordId), out node))
            {
                return false;
            }

            at = i;
            return true;
        }

        return false;
    }

    private static long Key(int node, int word) => ((long)node << 32) | (uint)word;
}
