namespace Grader.Collections;

/// <summary>
/// A per-thread memo of what one owner makes of each word, keyed by the word's <see cref="Text.WordHash"/> (the
/// case-insensitive 64-bit hash the tokenizer already made for every token) instead of its characters: for a value
/// that depends on the lower-cased word only, such as topicality's stem and rarity (<see cref="Screening.TopicWord"/>).
/// No character is hashed or compared again: with <see cref="WordMemo{TValue}"/> the per-essay word table took about
/// 10 % of an essay's marking, most of it re-hashing and comparing words. Two different words would have to share all
/// 64 bits of their hash to be confused (the copy and repetition screens rely on the same hashes). It belongs to one
/// owner at a time (emptied when another uses it) and stops learning new words when half full; it only caches a pure function of
/// the word, so results never depend on it.
/// </summary>
/// <typeparam name="TValue">What is remembered of a word.</typeparam>
internal sealed class WordHashMemo<TValue>
    where TValue : struct
{
    private const int Capacity = 1 << 15;
    private const int MaxWords = Capacity / 2;

    [ThreadStatic]
    private static WordHashMemo<TValue>? s_current;

    /// <summary>The table: one entry per slot; a hash of 0 marks an empty slot (a word whose hash is 0 is not remembered).</summary>
    private readonly Entry[] _entries = new Entry[Capacity];
    private int _count;
    private object? _owner;

    /// <summary>The calling thread's memo for <paramref name="owner"/> (emptied when it last served another owner).</summary>
    public static WordHashMemo<TValue> ForCurrentThread(object owner)
    {
        var memo = s_current ??= new WordHashMemo<TValue>();
        if (!ReferenceEquals(memo._owner, owner))
        {
            memo.Clear();
            memo._owner = owner;
        }

        return memo;
    }

    /// <summary>What was remembered of the word whose hash is <paramref name="hash"/>, if anything.</summary>
    public bool TryGet(ulong hash, out TValue value)
    {
        for (var slot = SlotOf(hash); ; slot = (slot + 1) & (Capacity - 1))
        {
            ref readonly var entry = ref _entries[slot];
            if (entry.Hash == hash && hash != 0)
            {
                value = entry.Value;
                return true;
            }

            if (entry.Hash == 0)
            {
                value = default;
                return false;
            }
        }
    }

    /// <summary>Remembers <paramref name="value"/> for the word whose hash is <paramref name="hash"/> (not yet remembered).</summary>
    public void Add(ulong hash, TValue value)
    {
        if (hash == 0)
        {
            return;
        }

        if (_count >= MaxWords)
        {
            // Full: keep what is known rather than start again. The first words a thread meets are mostly the common
            // ones, which make most of every essay; emptying the memo (as WordMemo does) made them miss again, and the
            // misses, each a lookup in the general-English table, were half the word table's time on ASAP-AES essays.
            return;
        }

        var slot = SlotOf(hash);
        while (_entries[slot].Hash != 0)
        {
            slot = (slot + 1) & (Capacity - 1);
        }

        _entries[slot] = new Entry(hash, value);
        _count++;
    }

    private static int SlotOf(ulong hash) => (int)((hash ^ (hash >> 29)) & (Capacity - 1));

    private void Clear()
    {
        Array.Clear(_entries);
        _count = 0;
    }

    private readonly record struct Entry(ulong Hash, TValue Value);
}
