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
    IReadOnlyList<LevelCap> Caps);
