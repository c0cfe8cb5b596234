using System.Diagnostics.CodeAnalysis;
using Grader.Collections;

namespace Grader.Loading;

/// <summary>The outcome of loading something from files: the value, or every problem found (never both).</summary>
public sealed class LoadResult<T>
    where T : class
{
    private LoadResult(T? value, IReadOnlyList<LoadProblem> problems, IReadOnlyList<LoadNotice> notices)
    {
        Value = value;
        Problems = ValueList.From(problems);
        Notices = ValueList.From(notices);
    }

    /// <summary>The loaded value, or null when <see cref="Problems"/> is not empty.</summary>
    public T? Value { get; }

    /// <summary>Every problem found, each with its location and how to fix it.</summary>
    public IReadOnlyList<LoadProblem> Problems { get; }

    /// <summary>Things worth telling the user that did not stop the load (for example a stale model retrained in memory).</summary>
    public IReadOnlyList<LoadNotice> Notices { get; }

    /// <summary>Whether loading succeeded: then <see cref="Value"/> is not null and <see cref="Problems"/> is empty.</summary>
    [MemberNotNullWhen(true, nameof(Value))]
    public bool Succeeded => Value is not null;

    /// <summary>The value; throws when loading failed.</summary>
    public T GetValueOrThrow() =>
        Value ?? throw new InvalidOperationException("Loading failed:" + Environment.NewLine + string.Join(Environment.NewLine, Problems));

    /// <summary>A successful load of <paramref name="value"/>, with any notices.</summary>
    public static LoadResult<T> Success(T value, IReadOnlyList<LoadNotice>? notices = null)
    {
        ArgumentNullException.ThrowIfNull(value);
        return new(value, Array.Empty<LoadProblem>(), notices ?? Array.Empty<LoadNotice>());
    }

    /// <summary>A failed load: every problem found (at least one).</summary>
    public static LoadResult<T> Failure(IReadOnlyList<LoadProblem> problems) =>
        problems.Count == 0
            ? throw new ArgumentException("A failure needs at least one problem.", nameof(problems))
            : new(null, problems, Array.Empty<LoadNotice>());
}
