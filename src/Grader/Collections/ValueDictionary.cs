using System.Collections;
using System.Diagnostics.CodeAnalysis;

namespace Grader.Collections;

/// <summary>A private, read-only copy of a dictionary that compares by its entries (the dictionary counterpart of <see cref="ValueList{T}"/>).</summary>
internal sealed class ValueDictionary<TKey, TValue> : IReadOnlyDictionary<TKey, TValue>, IEquatable<ValueDictionary<TKey, TValue>>
    where TKey : notnull
{
    private readonly Dictionary<TKey, TValue> _entries;

    private ValueDictionary(Dictionary<TKey, TValue> entries) => _entries = entries;

    public int Count => _entries.Count;

    public IEnumerable<TKey> Keys => _entries.Keys;

    public IEnumerable<TValue> Values => _entries.Values;

    public TValue this[TKey key] => _entries[key];

    /// <summary><paramref name="entries"/> itself when it already is one, otherwise a copy.</summary>
    public static IReadOnlyDictionary<TKey, TValue> From(IReadOnlyDictionary<TKey, TValue> entries)
    {
        ArgumentNullException.ThrowIfNull(entries);
        return entries as ValueDictionary<TKey, TValue> ?? new ValueDictionary<TKey, TValue>(new Dictionary<TKey, TValue>(entries));
    }

    public bool ContainsKey(TKey key) => _entries.ContainsKey(key);

    public bool TryGetValue(TKey key, [MaybeNullWhen(false)] out TValue value) => _entries.TryGetValue(key, out value);

    public IEnumerator<KeyValuePair<TKey, TValue>> GetEnumerator() => _entries.GetEnumerator();

    IEnumerator IEnumerable.GetEnumerator() => _entries.GetEnumerator();

    public bool Equals(ValueDictionary<TKey, TValue>? other)
    {
        if (other is null || other.Count != Count)
        {
            return false;
        }

        foreach (var (key, value) in _entries)
        {
            if (!other._entries.TryGetValue(key, out var otherValue) || !EqualityComparer<TValue>.Default.Equals(value, otherValue))
            {
                return false;
            }
        }

        return true;
    }

    public override bool Equals(object? obj) => Equals(obj as ValueDictionary<TKey, TValue>);

    public override int GetHashCode()
    {
        var hash = 0;
        foreach (var (key, value) in _entries)
        {
            hash ^= HashCode.Combine(key, value);
        }

        return HashCode.Combine(Count, hash);
    }
}
