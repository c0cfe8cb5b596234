using Grader.Collections;

namespace Grader.Rubrics;

/// <summary>
/// One marking criterion: its maximum, the signals whose weighted mean places an essay on its mark scale, the levels
/// that name the bands of that scale, and caps that hold an essay below a level whatever its other merits.
/// </summary>
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
    /// <summary>Signals: held as a private copy that compares item by item.</summary>
    public IReadOnlyList<SignalWeight> Signals { get; init => field = ValueList.From(value); } = ValueList.From(Signals);

    /// <summary>Levels: held as a private copy that compares item by item.</summary>
    public IReadOnlyList<CriterionLevel> Levels { get; init => field = ValueList.From(value); } = ValueList.From(Levels);

    /// <summary>Caps: held as a private copy that compares item by item.</summary>
    public IReadOnlyList<LevelCap> Caps { get; init => field = ValueList.From(value); } = ValueList.From(Caps);
}
