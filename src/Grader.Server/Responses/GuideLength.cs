namespace Grader.Server;

/// <summary>The guide length of an answer, in words.</summary>
internal sealed record GuideLength(int Min, int Max);
