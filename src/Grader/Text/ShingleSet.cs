namespace Grader.Text;

/// <summary>
/// The hashed word n-grams ("shingles") of a text: a compact fingerprint to tell how much of one text is copied
/// from another. Case-insensitive; punctuation ignored. Immutable and thread-safe once built.
/// </summary>
internal sealed class ShingleSet
{
    public const int Width = 6;

    /// <summary>How many top bits of a run hash pick its filter bit.</summary>
    private const int FilterHashBits = 16;

    /// <summary>The filter's size in bits: 8 KB, so it stays in the first-level cache.</summary>
    private const int FilterBits = 1 << FilterHashBits;

    private readonly HashSet<ulong> _hashes;

    /// <summary>
    /// One bit per value of a run hash's top <see cref="FilterHashBits"/> bits, set for each run in the set: a run whose bit is clear is not in
    /// the set, so most runs of an essay that is not copied are turned away with one load instead of a hash lookup.
    /// </summary>
    private readonly ulong[] _filter = new ulong[FilterBits / 64];

    private ShingleSet(HashSet<ulong> hashes)
    {
        _hashes = hashes;
        foreach (var hash in hashes)
        {
            var bit = FilterBitOf(hash);
            _filter[bit >> 6] |= 1UL << bit;
        }
    }

    public static ShingleSet Empty { get; } = new(new HashSet<ulong>());

    public static ShingleSet Of(string text)
    {
        var set = new HashSet<ulong>();
        ForEach(text, set, static (set, hash) => set.Add(hash));
        return new ShingleSet(set);
    }

    /// <summary>The share of the shingles of the document's tokens [<paramref name="first"/>, <paramref name="end"/>) found in this set (0 when it has none).</summary>
    public double ShareContained(EssayDocument document, int first, int end)
    {
        var tally = new Tally(this);
        ForEach(document, first, end, tally, static (t, hash) => t.Add(hash));
        var (found, total) = (tally.Found, tally.Total);
        return total == 0 ? 0 : (double)found / total;
    }

    /// <summary>Whether the run with <paramref name="hash"/> is in the set.</summary>
    private bool Contains(ulong hash)
    {
        var bit = FilterBitOf(hash);
        return (_filter[bit >> 6] & (1UL << bit)) != 0 && _hashes.Contains(hash);
    }

    private static int FilterBitOf(ulong hash) => (int)(hash >> (64 - FilterHashBits));

    /// <summary>Calls <paramref name="action"/> with the hash of every run of <see cref="Width"/> consecutive words of <paramref name="text"/>.</summary>
    private static void ForEach<TState>(string text, TState state, Action<TState, ulong> action)
    {
        var window = new Window();
        var position = 0;
        while (WordPreTokenizer.Next(text, ref position, out var offset, out var length))
        {
            var piece = text.AsSpan(offset, length);
            if (WordPreTokenizer.IsWordChar(piece[0]) && window.Push(WordHash.Of(piece), out var hash))
            {
                action(state, hash);
            }
        }
    }

    /// <summary>
    /// Calls <paramref name="action"/> with the hash of every run of <see cref="Width"/> consecutive words among the
    /// document's tokens [<paramref name="first"/>, <paramref name="end"/>), from the word hashes the analyzer made.
    /// Gives the same hashes as reading the same words from text.
    /// </summary>
    public static void ForEach<TState>(EssayDocument document, int first, int end, TState state, Action<TState, ulong> action)
    {
        var window = new Window();
        var tokens = document.Tokens;
        var words = document.WordHashes;
        for (var i = first; i < end; i++)
        {
            if (tokens[i].Kind != TokenKind.Symbol && window.Push(words[i], out var hash))
            {
                action(state, hash);
            }
        }
    }

    /// <summary>
    /// The last <see cref="Width"/> word hashes, and the hash of them as a run once there are enough. Each word is
    /// written twice, <see cref="Width"/> apart, so the last words always stand in order at one place (no remainders).
    /// </summary>
    private struct Window
    {
        private WindowBuffer _words;
        private int _next;
        private int _filled;

        public bool Push(ulong word, out ulong run)
        {
            _words[_next] = word;
            _words[_next + Width] = word;
            _next = _next == Width - 1 ? 0 : _next + 1;
            run = 0;
            if (_filled < Width)
            {
                _filled++;
                if (_filled < Width)
                {
                    return false;
                }
            }

            // The oldest of the last words is where the next one will go.
            ReadOnlySpan<ulong> words = _words;
            words = words.Slice(_next, Width);
            run = 14695981039346656037UL;
            for (var k = 0; k < Width; k++)
            {
                run = (run ^ words[k]) * 1099511628211UL;
            }

            return true;
        }
    }

    [System.Runtime.CompilerServices.InlineArray(2 * Width)]
    private struct WindowBuffer
    {
        private ulong _element;
    }

    private sealed class Tally(ShingleSet set)
    {
        public int Found { get; private set; }

        public int Total { get; private set; }

        public void Add(ulong hash)
        {
            Total++;
            if (set.Contains(hash))
            {
                Found++;
            }
        }
    }
}
