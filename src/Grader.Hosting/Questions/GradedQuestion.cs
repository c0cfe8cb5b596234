using Grader.Hosting.Core;
using Grader.Scoring;

namespace Grader.Hosting;

/// <summary>
/// One question an application grades: its name, its loaded mark scheme and its grader (working within the
/// <see cref="GraderOptions"/> configured for the application). Immutable and thread-safe: grade from any number of threads.
/// </summary>
public sealed class GradedQuestion
{
    internal GradedQuestion(string name, string rubricPath, MarkScheme scheme, GraderOptions options)
    {
        Name = name;
        RubricPath = rubricPath;
        Scheme = scheme;
        Grader = GraderCore.CreateGrader(scheme, options);
        MaxEssayLength = options.MaxEssayLength;
    }

    /// <summary>The name the question was registered under (as written there).</summary>
    public string Name { get; }

    /// <summary>The full path of the rubric it was loaded from.</summary>
    public string RubricPath { get; }

    /// <summary>The question's mark scheme: rubric, answer key, model essay and similarity model.</summary>
    public MarkScheme Scheme { get; }

    /// <summary>The question's grader, for the library's other calls (for example <c>GradeManyAsync</c>).</summary>
    public EssayGrader Grader { get; }

    /// <summary>The longest essay graded, in characters (<see cref="GraderOptions.MaxEssayLength"/>).</summary>
    public int MaxEssayLength { get; }

    /// <summary>
    /// Grades one essay. An essay that cannot be marked (empty, or longer than <see cref="MaxEssayLength"/>) is not an
    /// exception: the library gives it status <see cref="GradeStatus.Error"/> and a message saying why.
    /// </summary>
    public GradeResult Grade(string essay) => GraderCore.Grade(Grader, essay);
}
