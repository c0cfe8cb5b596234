using System.Collections;

namespace Grader.Collections;

/// <summary>
/// The list every public record holds: a private copy (so neither the caller who built the record nor a consumer who
/// casts can change it) that compares by its items, so records holding lists have value equality. Public surfaces
/// show it as <see cref="IReadOnlyList{T}"/>.
/// </summary>
internal sealed class ValueList<T> : IReadOnlyList<T>, IEquatable<ValueList<T>>
{
    private readonly T[] _items;

    private ValueList(T[] items) => _items = items;

    public static ValueList<T> Empty { get; } = new([]);

    public int Count => _items.Length;

    public T this[int index] => _items[index];

    /// <summary><paramref name="items"/> itself when it already is one, otherwise a copy.</summary>
    public static ValueList<T> From(IEnumerable<T> items)
    {
        ArgumentNullException.ThrowIfNull(items);
        if (items is ValueList<T> list)
        {
            return list;
        }

        var copy = items.ToArray();
        return copy.Length == 0 ? Empty : new ValueList<T>(copy);
    }

    public IEnumerator<T> GetEnumerator() => ((IEnumerable<T>)_items).GetEnumerator();

    IEnumerator IEnumerable.GetEnumerator() => _items.GetEnumerator();

    public bool Equals(ValueList<T>? other) =>
        other is not null && (ReferenceEquals(this, other) || _items.AsSpan().SequenceEqual(other._items, EqualityComparer<T>.Default));

    public override bool Equals(object? obj) => Equals(obj as ValueList<T>);

    public override int GetHashCode()
    {
        var hash = new HashCode();
        hash.Add(_items.Length);
        foreach (var item in _items)
        {
            hash.Add(item);
        }

        return hash.ToHashCode();
    }

    public override string ToString() => "[" + string.Join(", ", _items) + "]";
}
