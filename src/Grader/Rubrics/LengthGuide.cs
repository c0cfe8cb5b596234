namespace Grader.Rubrics;

/// <summary>The guide length in words, and the length below which an essay is flagged as too short to mark alone.</summary>
/// <param name="GuideMin">The fewest words the question expects.</param>
/// <param name="GuideMax">The most words the question expects.</param>
/// <param name="TooShortBelow">Fewer words of prose than this raise the too-short flag.</param>
public sealed record LengthGuide(int GuideMin, int GuideMax, int TooShortBelow)
{
    /// <summary>
    /// The guide a short answer gets when its rubric gives none: one to five sentences, about 8 to 120 words, and
    /// fewer than 3 words of prose too short to mark alone.
    /// </summary>
    internal static LengthGuide ShortAnswer { get; } = new(8, 120, 3);
}
