using System.Text;

namespace Grader.Text;

/// <summary>
/// The <see cref="Lexicon"/>'s ids of the words that an all-ASCII token can match, in an open-addressing table keyed by
/// the token's <see cref="WordHash"/> (already made by the tokenizer), so looking a token up costs one probe and an
/// ASCII case-insensitive comparison instead of hashing the word again. Immutable and thread-safe.
/// </summary>
internal sealed class AsciiWordTable
{
    private readonly ulong[] _hashes;
    private readonly int[] _ids;
    private readonly string[] _words;
    private readonly int _mask;

    /// <param name="words">ASCII words with their ids; no two equal ignoring case.</param>
    public AsciiWordTable(IReadOnlyCollection<(string Word, int Id)> words)
    {
        var capacity = 16;
        while (capacity < words.Count * 2)
        {
            capacity *= 2;
        }

        _mask = capacity - 1;
        _hashes = new ulong[capacity];
        _ids = new int[capacity];
        _words = new string[capacity];
        Array.Fill(_ids, Lexicon.Unknown);
        foreach (var (word, id) in words)
        {
            var hash = WordHash.Of(word);
            var slot = SlotOf(hash);
            while (_ids[slot] != Lexicon.Unknown)
            {
                slot = (slot + 1) & _mask;
            }

            _hashes[slot] = hash;
            _ids[slot] = id;
            _words[slot] = word;
        }
    }

    /// <summary>The id of the all-ASCII <paramref name="word"/> whose <see cref="WordHash"/> is <paramref name="hash"/>, or <see cref="Lexicon.Unknown"/>.</summary>
    public int Find(ReadOnlySpan<char> word, ulong hash)
    {
        for (var slot = SlotOf(hash); ; slot = (slot + 1) & _mask)
        {
            var id = _ids[slot];
            if (id == Lexicon.Unknown || (_hashes[slot] == hash && Ascii.EqualsIgnoreCase(word, _words[slot])))
            {
                return id;
            }
        }
    }

    private int SlotOf(ulong hash) => (int)(hash ^ (hash >> 29)) & _mask;
}
