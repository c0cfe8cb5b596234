using System.Runtime.CompilerServices;

namespace Grader.Collections;

/// <summary>
/// A per-thread memo of what one owner makes of each word: the similarity vectorizer's unigram index and character
/// n-gram slots (<see cref="Similarity.WordTerms"/>), for words the essay tokenizer has not hashed (topicality keys its
/// memo by that hash: <see cref="WordHashMemo{TValue}"/>).
/// Words recur within and across essays, so each distinct word is looked up once, not per occurrence. An
/// open-addressing table keyed by the word's characters, which are kept in one character array rather than a string
/// per word (no string is made to look one up or to remember one, so the memo gives the garbage collector nothing to
/// trace). It belongs to one owner at a time (emptied when another uses it) and is emptied when full. It only caches a
/// pure function of the word, so results never depend on it.
/// </summary>
/// <typeparam name="TValue">What is remembered of a word.</typeparam>
internal sealed class WordMemo<TValue>
    where TValue : struct
{
    /// <summary>Longer words are not remembered (they are rare, and looked up each time).</summary>
    public const int MaxWordLength = 64;

    private const int Capacity = 1 << 14;
    private const int MaxWords = Capacity / 2;

    /// <summary>Room for <see cref="MaxWords"/> words of 16 characters on average before the memo is emptied.</summary>
    private const int CharacterCapacity = MaxWords * 16;

    [ThreadStatic]
    private static WordMemo<TValue>? s_current;

    /// <summary>The table: one entry per slot, so a probe reads one place rather than one array per field.</summary>
    private readonly Entry[] _entries = new Entry[Capacity];
    private readonly char[] _characters = new char[CharacterCapacity];
    private int _count;
    private int _used;
    private object? _owner;

    /// <summary>The calling thread's memo for <paramref name="owner"/> (emptied when it last served another owner).</summary>
    public static WordMemo<TValue> ForCurrentThread(object owner)
    {
        var memo = s_current ??= new WordMemo<TValue>();
        if (!ReferenceEquals(memo._owner, owner))
        {
            memo.Clear();
            memo._owner = owner;
        }

        return memo;
    }

    /// <summary>The memo of <paramref name="word"/>, if it has one; <paramref name="hash"/> is for <see cref="Add"/> on a miss.</summary>
    public bool TryGet(ReadOnlySpan<char> word, out int hash, out TValue value)
    {
        hash = Hash(word);
        for (var slot = hash & (Capacity - 1); ; slot = (slot + 1) & (Capacity - 1))
        {
            ref readonly var entry = ref _entries[slot];
            if (entry.Length == 0)
            {
                value = default;
                return false;
            }

            if (entry.Hash == hash && word.SequenceEqual(_characters.AsSpan(entry.Offset, entry.Length)))
            {
                value = entry.Value;
                return true;
            }
        }
    }

    /// <summary>Remembers <paramref name="value"/> for <paramref name="word"/> (not found by <see cref="TryGet"/> just before).</summary>
    public void Add(ReadOnlySpan<char> word, int hash, TValue value)
    {
        if (word.Length == 0 || word.Length > MaxWordLength)
        {
            return;
        }

        if (_count >= MaxWords || _used + word.Length > _characters.Length)
        {
            Clear();
        }

        var slot = hash & (Capacity - 1);
        while (_entries[slot].Length != 0)
        {
            slot = (slot + 1) & (Capacity - 1);
        }

        word.CopyTo(_characters.AsSpan(_used));
        _entries[slot] = new Entry(hash, _used, word.Length, value);
        _used += word.Length;
        _count++;
    }

    private void Clear()
    {
        Array.Clear(_entries);
        _count = 0;
        _used = 0;
    }

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static int Hash(ReadOnlySpan<char> word)
    {
        var hash = 2166136261u;
        foreach (var c in word)
        {
            hash = (hash ^ c) * 16777619u;
        }

        return (int)(hash ^ (hash >> 15));
    }

    private readonly record struct Entry(int Hash, int Offset, int Length, TValue Value);
}
