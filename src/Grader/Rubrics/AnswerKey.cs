using Grader.Collections;

namespace Grader.Rubrics;

/// <summary>
/// What a model answer to the question knows: its key points, a timeline of events with their years, known
/// misconceptions, a gazetteer of names with their spellings, and the alternative factors a balanced answer weighs.
/// </summary>
/// <param name="KeyPoints">The key points a good answer covers.</param>
/// <param name="Timeline">Events with their years.</param>
/// <param name="Misconceptions">Known wrong claims.</param>
/// <param name="Gazetteer">Names with their spellings.</param>
/// <param name="AlternativeFactors">Factors other than the question's own.</param>
public sealed record AnswerKey(
    IReadOnlyList<KeyPoint> KeyPoints,
    IReadOnlyList<TimelineEvent> Timeline,
    IReadOnlyList<Misconception> Misconceptions,
    IReadOnlyList<GazetteerEntry> Gazetteer,
    IReadOnlyList<AlternativeFactor> AlternativeFactors)
{
    /// <summary>The key points a good answer covers. Held as a private copy that compares item by item.</summary>
    public IReadOnlyList<KeyPoint> KeyPoints { get; init => field = ValueList.From(value); } = ValueList.From(KeyPoints);

    /// <summary>Events with their years, to check the dates an essay gives. Held as a private copy that compares item by item.</summary>
    public IReadOnlyList<TimelineEvent> Timeline { get; init => field = ValueList.From(value); } = ValueList.From(Timeline);

    /// <summary>Known wrong claims, each with its correction. Held as a private copy that compares item by item.</summary>
    public IReadOnlyList<Misconception> Misconceptions { get; init => field = ValueList.From(value); } = ValueList.From(Misconceptions);

    /// <summary>Names (people, places, organisations) with their spellings. Held as a private copy that compares item by item.</summary>
    public IReadOnlyList<GazetteerEntry> Gazetteer { get; init => field = ValueList.From(value); } = ValueList.From(Gazetteer);

    /// <summary>Factors other than the question's own that a balanced answer weighs. Held as a private copy that compares item by item.</summary>
    public IReadOnlyList<AlternativeFactor> AlternativeFactors { get; init => field = ValueList.From(value); } = ValueList.From(AlternativeFactors);

    /// <summary>An answer key that knows nothing (for holistic rubrics without one).</summary>
    public static AnswerKey Empty { get; } = new([], [], [], [], []);
}
