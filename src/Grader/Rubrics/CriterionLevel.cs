namespace Grader.Rubrics;

/// <summary>A level of a criterion: its number, name, mark band and the examiner's descriptor.</summary>
/// <param name="Level">The level number (0 is the lowest).</param>
/// <param name="Name">The level's name.</param>
/// <param name="MinMark">The lowest mark in the level's band.</param>
/// <param name="MaxMark">The highest mark in the level's band.</param>
/// <param name="Descriptor">What an essay at this level does.</param>
public sealed record CriterionLevel(int Level, string Name, int MinMark, int MaxMark, string Descriptor);
