namespace Grader.Rubrics;

/// <summary>The guide length in words, and the length below which an essay is flagged as too short to mark alone.</summary>
public sealed record LengthGuide(int GuideMin, int GuideMax, int TooShortBelow);
