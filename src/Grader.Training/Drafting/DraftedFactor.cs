using Grader.Rubrics;

namespace Grader.Drafting;

/// <summary>An alternative factor drafted from one content paragraph, with where it came from.</summary>
internal sealed record DraftedFactor(AlternativeFactor Factor, DraftOrigin Origin);
