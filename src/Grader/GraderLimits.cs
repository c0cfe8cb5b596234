namespace Grader;

/// <summary>The validated, immutable copy of <see cref="GraderOptions"/> a grader works with.</summary>
internal sealed record GraderLimits(int MaxEssayLength, int MaxFlags, int MaxReasonsPerCriterion);
