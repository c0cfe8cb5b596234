namespace Grader.Drafting;

/// <summary>One line of a teacher's level descriptors: "Level 5 (25-30): what an answer at this level does".</summary>
/// <param name="Level">The level's number.</param>
/// <param name="MinMark">The lowest total in the level.</param>
/// <param name="MaxMark">The highest total in the level.</param>
/// <param name="Text">The descriptor.</param>
/// <param name="Line">The line of the descriptors file it was read from (1-based).</param>
internal sealed record DescriptorLevel(int Level, int MinMark, int MaxMark, string Text, int Line)
{
    public string Name => $"Level {Level}";
}
