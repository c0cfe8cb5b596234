namespace Grader.Scoring;

/// <summary>The size of the marked prose.</summary>
public sealed record EssayStatistics(int Words, int Paragraphs, int Sentences);
