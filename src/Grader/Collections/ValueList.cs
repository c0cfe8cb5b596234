namespace Grader.Collections;

/// <summary>Makes <see cref="ValueList{T}"/>s (with type inference).</summary>
internal static class ValueList
{
    public static IReadOnlyList<T> From<T>(IEnumerable<T> items) => ValueList<T>.From(items);

    /// <summary>A list of lists, each inner list a value list too.</summary>
    public static IReadOnlyList<IReadOnlyList<T>> Nested<T>(IEnumerable<IReadOnlyList<T>> lists)
    {
        ArgumentNullException.ThrowIfNull(lists);
        return ValueList<IReadOnlyList<T>>.From(lists.Select(From));
    }
}
