using Grader.Batching;
using Grader.Scoring;

namespace Grader;

/// <summary>Grading a stream of essays on several threads, results in input order.</summary>
public sealed partial class EssayGrader
{
    /// <summary>
    /// Grades a stream of essays on <see cref="BatchGradingOptions.MaxDegreeOfParallelism"/> threads and yields each
    /// grade in input order as soon as it and every earlier one is ready. Memory stays bounded
    /// (<see cref="BatchGradingOptions.MaxEssaysInFlight"/>); an exception from <paramref name="essays"/> surfaces after
    /// the grades of the essays before it; cancelling stops reading and grading and throws
    /// <see cref="OperationCanceledException"/>. Throws <see cref="ArgumentException"/> for invalid options.
    /// </summary>
    public IAsyncEnumerable<GradeResult> GradeManyAsync(IAsyncEnumerable<string> essays, BatchGradingOptions? options = null, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(essays);
        var (parallelism, inFlight) = (options ?? new BatchGradingOptions()).Resolve();
        return OrderedParallel.RunAsync(essays, Grade, parallelism, inFlight, cancellationToken);
    }

    /// <summary>
    /// As <see cref="GradeManyAsync(IAsyncEnumerable{string}, BatchGradingOptions?, CancellationToken)"/>, for essays of
    /// the caller's own type (an id with the text, a database row): <paramref name="textOf"/> gives each one's text, and
    /// each grade comes back with its essay.
    /// </summary>
    public IAsyncEnumerable<GradedEssay<T>> GradeManyAsync<T>(IAsyncEnumerable<T> essays, Func<T, string> textOf, BatchGradingOptions? options = null, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(essays);
        ArgumentNullException.ThrowIfNull(textOf);
        var (parallelism, inFlight) = (options ?? new BatchGradingOptions()).Resolve();
        return OrderedParallel.RunAsync(essays, essay => new GradedEssay<T> { Essay = essay, Result = Grade(textOf(essay)) }, parallelism, inFlight, cancellationToken);
    }
}
