using Grader.Rubrics;

namespace Grader.Drafting;

/// <summary>A key point drafted from a run of the model essay's sentences, with where it came from.</summary>
internal sealed record DraftedKeyPoint(KeyPoint KeyPoint, DraftOrigin Origin);
