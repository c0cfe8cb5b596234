using Grader.Collections;

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
    /// <summary>KeyPoints: held as a private copy that compares item by item.</summary>
    public IReadOnlyList<KeyPoint> KeyPoints { get; init => field = ValueList.From(value); } = ValueList.From(KeyPoints);

    /// <summary>Timeline: held as a private copy that compares item by item.</summary>
    public IReadOnlyList<TimelineEvent> Timeline { get; init => field = ValueList.From(value); } = ValueList.From(Timeline);

    /// <summary>Misconceptions: held as a private copy that compares item by item.</summary>
    public IReadOnlyList<Misconception> Misconceptions { get; init => field = ValueList.From(value); } = ValueList.From(Misconceptions);

    /// <summary>Gazetteer: held as a private copy that compares item by item.</summary>
    public IReadOnlyList<GazetteerEntry> Gazetteer { get; init => field = ValueList.From(value); } = ValueList.From(Gazetteer);

    /// <summary>AlternativeFactors: held as a private copy that compares item by item.</summary>
    public IReadOnlyList<AlternativeFactor> AlternativeFactors { get; init => field = ValueList.From(value); } = ValueList.From(AlternativeFactors);

    /// <summary>An answer key that knows nothing (for holistic rubrics without one).</summary>
    public static AnswerKey Empty { get; } = new([], [], [], [], []);
}
