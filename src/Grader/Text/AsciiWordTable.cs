using System.Text;

namespace Grader.Text;

/// <summary>
/// The <see cref="Lexicon"/>'s ids of the words that an all-ASCII token can match, in an open-addressing table keyed by
/// the token's <see cref="WordHash"/> (already made by the tokenizer), so looking a token up costs one probe and an
/// ASCII case-insensitive comparison instead of hashing the word again. Immutable and thread-safe.
/// </summary>
internal sealed class AsciiWordTable
{
    /// <summary>The table: one entry per slot, so a probe reads one place rather than one array per field.</summary>
    private readonly Entry[] _entries;
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
        _entries = new Entry[capacity];
        Array.Fill(_entries, new Entry(0, Lexicon.Unknown, ""));
        foreach (var (word, id) in words)
        {
            var hash = WordHash.Of(word);
            var slot = SlotOf(hash);
            while (_entries[slot].Id != Lexicon.Unknown)
            {
                slot = (slot + 1) & _mask;
            }

            _entries[slot] = new Entry(hash, id, word);
        }
    }

    /// <summary>The id of the all-ASCII <paramref name="word"/> whose <see cref="WordHash"/> is <paramref name="hash"/>, or <see cref="Lexicon.Unknown"/>.</summary>
    public int Find(ReadOnlySpan<char> word, ulong hash)
    {
        for (var slot = SlotOf(hash); ; slot = (slot + 1) & _mask)
        {
            ref readonly var entry = ref _entries[slot];
            if (entry.Id == Lexicon.Unknown || (entry.Hash == hash && Ascii.EqualsIgnoreCase(word, entry.Word)))
            {
                return entry.Id;
            }
        }
    }

    private int SlotOf(ulong hash) => (int)(hash ^ (hash >> 29)) & _mask;

    private readonly record struct Entry(ulong Hash, int Id, string Word);
}
