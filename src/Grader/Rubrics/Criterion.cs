using Grader.Collections;

namespace Grader.Rubrics;

/// <summary>
/// One marking criterion: its maximum, the signals whose weighted mean places an essay on its mark scale, the levels
/// that name the bands of that scale, and caps that hold an essay below a level whatever its other merits.
/// </summary>
/// <param name="Id">The criterion's id (unique in the rubric).</param>
/// <param name="Name">Its name, as feedback quotes it.</param>
/// <param name="Section">The part of the mark scheme it comes from.</param>
/// <param name="Max">Its maximum mark.</param>
/// <param name="Rationale">Why it is marked this way (for people reading the rubric).</param>
/// <param name="Signals">The weighted signals whose sum is its 0–1 score.</param>
/// <param name="Levels">Its levels, from 0 up.</param>
/// <param name="Caps">Conditions that cap its level.</param>
public sealed record Criterion(
    string Id,
    string Name,
    string Section,
    int Max,
    string Rationale,
    IReadOnlyList<SignalWeight> Signals,
    IReadOnlyList<CriterionLevel> Levels,
    IReadOnlyList<LevelCap> Caps)
{
    /// <summary>The weighted signals whose sum is the criterion's 0–1 score. Held as a private copy that compares item by item.</summary>
    public IReadOnlyList<SignalWeight> Signals { get; init => field = ValueList.From(value); } = ValueList.From(Signals);

    /// <summary>The levels, from 0 up, each with its mark band and descriptor. Held as a private copy that compares item by item.</summary>
    public IReadOnlyList<CriterionLevel> Levels { get; init => field = ValueList.From(value); } = ValueList.From(Levels);

    /// <summary>Conditions that cap the level whatever the score. Held as a private copy that compares item by item.</summary>
    public IReadOnlyList<LevelCap> Caps { get; init => field = ValueList.From(value); } = ValueList.From(Caps);
}
