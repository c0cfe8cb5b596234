namespace Grader.Rubrics;

/// <summary>
/// What a model answer to the question knows: its key points, a timeline of events with their years, known
/// misconceptions, a gazetteer of names with their spellings, and the alternative factors a balanced answer weighs.
/// </summary>
public sealed record AnswerKey(
    IReadOnlyList<KeyPoint> KeyPoints,
    IReadOnlyList<TimelineEvent> Timeline,
    IReadOnlyList<Misconception> Misconceptions,
    IReadOnlyList<GazetteerEntry> Gazetteer,
    IReadOnlyList<AlternativeFactor> AlternativeFactors)
{
    /// <summary>An answer key that knows nothing (for holistic rubrics without one).</summary>
    public static AnswerKey Empty { get; } = new([], [], [], [], []);
}
