namespace Grader.Hosting;

/// <summary>
/// The questions an application grades and how: bound from configuration (the <c>Grader</c> section by convention) or
/// set in code through <c>AddGrader(options =&gt; …)</c>. Checked when the host starts: every problem, including every
/// problem in every question's rubric files, is reported together.
/// </summary>
public sealed class GraderServiceOptions
{
    /// <summary>The default for <see cref="MaxEssayLength"/>: 200,000 characters, the command line's limit too.</summary>
    public const int DefaultMaxEssayLength = 200_000;

    /// <summary>
    /// The questions by name (letters, digits, '-', '_' and '.'; names are matched ignoring case). In configuration:
    /// <c>"Grader": { "Questions": { "soviet": { "Rubric": "data/soviet-union-prc/rubric.json" } } }</c>.
    /// </summary>
    public Dictionary<string, GraderQuestionOptions> Questions { get; } = new(StringComparer.OrdinalIgnoreCase);

    /// <summary>The question used when a caller names none; optional when there is exactly one question.</summary>
    public string? DefaultQuestion { get; set; }

    /// <summary>The longest essay graded, in characters; a longer one gets an error grade instead of being analysed.</summary>
    public int MaxEssayLength { get; set; } = DefaultMaxEssayLength;

    /// <summary>
    /// Fail at start, rather than train in memory, when a question's saved similarity model is missing or stale. Training
    /// takes seconds and its result is lost at exit: production hosts should ship the model (run <c>grader train</c>).
    /// </summary>
    public bool RequireSavedSimilarityModel { get; set; }

    /// <summary>Grading a sample per question before the host reports it has started.</summary>
    public GraderWarmUpOptions WarmUp { get; } = new();
}
