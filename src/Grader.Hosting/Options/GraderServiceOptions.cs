namespace Grader.Hosting;

/// <summary>
/// The questions an application grades: bound from configuration (the <c>Grader</c> section by convention) or set in
/// code through <c>AddGrader(options =&gt; …)</c>. The grader's limits are the library's own <see cref="GraderOptions"/>,
/// bound from the same section (<c>Grader:MaxEssayLength</c>, <c>Grader:MaxFlags</c>, <c>Grader:MaxReasonsPerCriterion</c>)
/// or set with <see cref="GraderBuilder.ConfigureGrading"/>. Both are checked when the host starts: every problem,
/// including every problem in every question's files, is reported together.
/// </summary>
public sealed class GraderServiceOptions
{
    /// <summary>
    /// The questions by name (letters, digits, '-', '_' and '.'; names are matched ignoring case). In configuration:
    /// <c>"Grader": { "Questions": { "soviet": { "Rubric": "data/soviet-union-prc/rubric.json" } } }</c>. Each
    /// question's folder must hold the similarity model saved for it (<c>grader train</c> writes it); a missing or stale
    /// one stops the host from starting, with the file named.
    /// </summary>
    public Dictionary<string, GraderQuestionOptions> Questions { get; } = new(StringComparer.OrdinalIgnoreCase);

    /// <summary>The question used when a caller names none; optional when there is exactly one question.</summary>
    public string? DefaultQuestion { get; set; }

    /// <summary>Grading samples of each question before the host reports it has started.</summary>
    public GraderWarmUpOptions WarmUp { get; } = new();
}
