namespace Grader.Scoring;

/// <summary>One essay of a batch with its grade, as <see cref="EssayGrader.GradeManyAsync{T}"/> hands them back in input order.</summary>
/// <typeparam name="T">The caller's essay type (for example a record with an id and the text).</typeparam>
public sealed record GradedEssay<T>
{
    /// <summary>The essay as the caller gave it.</summary>
    public required T Essay { get; init; }

    /// <summary>Its grade.</summary>
    public required GradeResult Result { get; init; }
}
