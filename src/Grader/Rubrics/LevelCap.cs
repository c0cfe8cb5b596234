namespace Grader.Rubrics;

/// <summary>Holds a criterion at or below <see cref="MaxLevel"/> when every condition in <see cref="When"/> holds.</summary>
public sealed record LevelCap(int MaxLevel, IReadOnlyList<SignalCondition> When, string Reason);
