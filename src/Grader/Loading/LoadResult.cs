namespace Grader.Loading;

/// <summary>The outcome of loading something from files: the value, or every problem found (never both).</summary>
public sealed class LoadResult<T>
    where T : class
{
    private LoadResult(T? value, IReadOnlyList<LoadProblem> problems, IReadOnlyList<LoadNotice> notices)
    {
        Value = value;
        Problems = problems;
        Notices = notices;
    }

    /// <summary>The loaded value, or null when <see cref="Problems"/> is not empty.</summary>
    public T? Value { get; }

    /// <summary>Every problem found, each with its location and how to fix it.</summary>
    public IReadOnlyList<LoadProblem> Problems { get; }

    /// <summary>Things worth telling the user that did not stop the load (for example a stale model retrained in memory).</summary>
    public IReadOnlyList<LoadNotice> Notices { get; }

    public bool Succeeded => Value is not null;

    /// <summary>The value; throws when loading failed.</summary>
    public T GetValueOrThrow() =>
        Value ?? throw new InvalidOperationException("Loading failed:" + Environment.NewLine + string.Join(Environment.NewLine, Problems));

    public static LoadResult<T> Success(T value, IReadOnlyList<LoadNotice>? notices = null) =>
        new(value, Array.Empty<LoadProblem>(), notices ?? Array.Empty<LoadNotice>());

    public static LoadResult<T> Failure(IReadOnlyList<LoadProblem> problems) =>
        problems.Count == 0
            ? throw new ArgumentException("A failure needs at least one problem.", nameof(problems))
            : new(null, problems, Array.Empty<LoadNotice>());
}
