using Grader.Hosting.Core;
using Grader.Scoring;

namespace Grader.Hosting;

/// <summary>
/// One question an application grades: its name, its loaded mark scheme and grader, and the essay-length limit.
/// Immutable and thread-safe: grade from any number of threads.
/// </summary>
public sealed class GradedQuestion
{
    internal GradedQuestion(string name, string rubricPath, MarkScheme scheme, int maxEssayLength)
    {
        Name = name;
        RubricPath = rubricPath;
        Scheme = scheme;
        Grader = GraderCore.CreateGrader(scheme, maxEssayLength);
        MaxEssayLength = maxEssayLength;
    }

    /// <summary>The name the question was registered under (as written there).</summary>
    public string Name { get; }

    /// <summary>The full path of the rubric it was loaded from.</summary>
    public string RubricPath { get; }

    public MarkScheme Scheme { get; }

    public EssayGrader Grader { get; }

    /// <summary>The longest essay graded, in characters.</summary>
    public int MaxEssayLength { get; }

    /// <summary>
    /// Grades one essay. An essay that cannot be marked (empty, or longer than <see cref="MaxEssayLength"/>) is not an
    /// exception: it comes back with status <see cref="GradeStatus.Error"/> and a message saying why.
    /// </summary>
    public GradeResult Grade(string essay) => GraderCore.Grade(Grader, essay);
}
