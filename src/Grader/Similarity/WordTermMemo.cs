using System.Runtime.CompilerServices;

namespace Grader.Similarity;

/// <summary>
/// A per-thread memo of what <see cref="SimilarityVectorizer"/> makes of each normalised word: its unigram index (or
/// that it is a stop word, or unknown) and the vector slots of its character n-grams. Words recur within and across
/// essays, so each distinct word is looked up in the vocabulary and cut into n-grams once, not per occurrence. An
/// open-addressing table keyed by the word's characters (no string is made to look one up); it belongs to one
/// vectorizer at a time and is emptied when full. It only caches a pure function, so results never depend on it.
/// </summary>
internal sealed class WordTermMemo
{
    private const int Capacity = 1 << 13;
    private const int MaxWords = Capacity / 2;

    [ThreadStatic]
    private static WordTermMemo? s_current;

    /// <summary>The table: one entry per slot, so a probe reads one place rather than one array per field.</summary>
    private readonly Entry[] _entries = new Entry[Capacity];
    private int _count;
    private object? _owner;

    /// <summary>The calling thread's memo for <paramref name="owner"/> (emptied when it last served another vectorizer).</summary>
    public static WordTermMemo ForCurrentThread(object owner)
    {
        var memo = s_current ??= new WordTermMemo();
        if (!ReferenceEquals(memo._owner, owner))
        {
            memo.Clear();
            memo._owner = owner;
        }

        return memo;
    }

    /// <summary>The memo of <paramref name="word"/>, if it has one; <paramref name="hash"/> is for <see cref="Add"/> on a miss.</summary>
    public bool TryGet(ReadOnlySpan<char> word, out int hash, out WordTerms terms)
    {
        hash = Hash(word);
        for (var slot = hash & (Capacity - 1); ; slot = (slot + 1) & (Capacity - 1))
        {
            ref readonly var entry = ref _entries[slot];
            if (entry.Word is null)
            {
                terms = default;
                return false;
            }

            if (entry.Hash == hash && word.SequenceEqual(entry.Word))
            {
                terms = entry.Terms;
                return true;
            }
        }
    }

    public void Add(ReadOnlySpan<char> word, int hash, WordTerms terms)
    {
        if (_count >= MaxWords)
        {
            Clear();
        }

        var slot = hash & (Capacity - 1);
        while (_entries[slot].Word is not null)
        {
            slot = (slot + 1) & (Capacity - 1);
        }

        _entries[slot] = new Entry(word.ToString(), hash, terms);
        _count++;
    }

    private void Clear()
    {
        Array.Clear(_entries);
        _count = 0;
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

    private readonly record struct Entry(string? Word, int Hash, WordTerms Terms);
}
