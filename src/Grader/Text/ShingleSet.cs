namespace Grader.Text;

/// <summary>
/// The hashed word n-grams ("shingles") of a text: a compact fingerprint to tell how much of one text is copied
/// from another. Case-insensitive; punctuation ignored. Immutable and thread-safe once built.
/// </summary>
internal sealed class ShingleSet
{
    public const int Width = 6;

    private readonly HashSet<ulong> _hashes;

    private ShingleSet(HashSet<ulong> hashes) => _hashes = hashes;

    public static ShingleSet Empty { get; } = new(new HashSet<ulong>());

    public int Count => _hashes.Count;

    public static ShingleSet Of(string text)
    {
        var set = new HashSet<ulong>();
        ForEach(text, 0, text.Length, set, static (set, hash) => set.Add(hash));
        return new ShingleSet(set);
    }

    /// <summary>The share of the shingles of <paramref name="text"/>[<paramref name="span"/>] found in this set (0 when it has none).</summary>
    public double ShareContained(string text, TextSpan span)
    {
        var tally = new Tally(_hashes);
        ForEach(text, span.Start, span.End, tally, static (t, hash) => t.Add(hash));
        var (found, total) = (tally.Found, tally.Total);
        return total == 0 ? 0 : (double)found / total;
    }

    /// <summary>Calls <paramref name="action"/> with the hash of every run of <see cref="Width"/> consecutive words.</summary>
    public static void ForEach<TState>(string text, int start, int end, TState state, Action<TState, ulong> action)
    {
        Span<ulong> window = stackalloc ulong[Width];
        var words = 0;
        var position = start;
        var span = text.AsSpan(0, end);
        while (WordPreTokenizer.Next(span, ref position, out var offset, out var length))
        {
            var piece = span.Slice(offset, length);
            if (!WordPreTokenizer.IsWordChar(piece[0]))
            {
                continue;
            }

            window[words % Width] = WordHash(piece);
            words++;
            if (words >= Width)
            {
                var hash = 14695981039346656037UL;
                for (var k = 0; k < Width; k++)
                {
                    hash = (hash ^ window[(words + k) % Width]) * 1099511628211UL;
                }

                action(state, hash);
            }
        }
    }

    private static ulong WordHash(ReadOnlySpan<char> word)
    {
        var hash = 14695981039346656037UL;
        foreach (var c in word)
        {
            hash = (hash ^ char.ToLowerInvariant(c)) * 1099511628211UL;
        }

        return hash;
    }

    private sealed class Tally(HashSet<ulong> hashes)
    {
        public int Found { get; private set; }

        public int Total { get; private set; }

        public void Add(ulong hash)
        {
            Total++;
            if (hashes.Contains(hash))
            {
                Found++;
            }
        }
    }
}
