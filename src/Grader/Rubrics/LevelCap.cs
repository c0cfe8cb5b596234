using Grader.Collections;

namespace Grader.Rubrics;

/// <summary>Holds a criterion at or below <see cref="MaxLevel"/> when every condition in <see cref="When"/> holds.</summary>
/// <param name="MaxLevel">The highest level allowed while the cap applies.</param>
/// <param name="When">The conditions, all of which must hold.</param>
/// <param name="Reason">Why, as the grade's reason says it.</param>
public sealed record LevelCap(int MaxLevel, IReadOnlyList<SignalCondition> When, string Reason)
{
    /// <summary>The conditions, all of which must hold for the cap to apply. Held as a private copy that compares item by item.</summary>
    public IReadOnlyList<SignalCondition> When { get; init => field = ValueList.From(value); } = ValueList.From(When);
}
