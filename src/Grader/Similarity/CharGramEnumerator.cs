namespace Grader.Similarity;

/// <summary>
/// Enumerates the character n-grams of one token, without allocating: the token is wrapped in boundary markers
/// (<c>&lt;khrushchev&gt;</c>) and every gram of <see cref="MinLength"/> to <see cref="MaxLength"/> characters is
/// produced, shortest first, left to right. Training and inference both use this type, so they cannot drift.
/// </summary>
internal ref struct CharGramEnumerator
{
    /// <summary>The shortest gram.</summary>
    public const int MinLength = 3;

    /// <summary>The longest gram; at most 4, so that a gram packs into one <see cref="ulong"/> (see <see cref="Pack"/>).</summary>
    public const int MaxLength = 4;

    /// <summary>Marks the start of a word inside a gram (never produced by <see cref="SimilarityTokenizer"/>).</summary>
    public const char StartMarker = '<';

    /// <summary>Marks the end of a word inside a gram.</summary>
    public const char EndMarker = '>';

    /// <summary>The buffer length needed for any token: the longest token plus the two markers.</summary>
    public const int BufferLength = SimilarityTokenizer.MaxTokenLength + 2;

    private readonly ReadOnlySpan<char> _marked;
    private int _length;
    private int _start;

    /// <param name="token">A normalised token (at most <see cref="SimilarityTokenizer.MaxTokenLength"/> characters).</param>
    /// <param name="buffer">Scratch of at least <see cref="BufferLength"/> characters; it backs <see cref="Current"/>.</param>
    public CharGramEnumerator(ReadOnlySpan<char> token, Span<char> buffer)
    {
        buffer[0] = StartMarker;
        token.CopyTo(buffer[1..]);
        buffer[token.Length + 1] = EndMarker;
        _marked = buffer[..(token.Length + 2)];
        _length = MinLength;
        _start = -1;
    }

    /// <summary>The current gram.</summary>
    public readonly ReadOnlySpan<char> Current => _marked.Slice(_start, _length);

    /// <summary>Moves to the next gram.</summary>
    public bool MoveNext()
    {
        while (_length <= MaxLength)
        {
            _start++;
            if (_start + _length <= _marked.Length)
            {
                return true;
            }

            _length++;
            _start = -1;
        }

        return false;
    }

    /// <summary>
    /// Packs a gram of at most four characters into one key, 16 bits a character. A 3-gram leaves the top 16 bits
    /// zero and no 4-gram does (its first character is never U+0000), so keys of different lengths never collide.
    /// </summary>
    public static ulong Pack(ReadOnlySpan<char> gram)
    {
        ulong key = 0;
        foreach (var c in gram)
        {
            key = (key << 16) | c;
        }

        return key;
    }
}
