using Grader.Rubrics;

namespace Grader.Drafting;

/// <summary>A timeline event drafted from a dated sentence, with where it came from.</summary>
internal sealed record DraftedEvent(TimelineEvent Event, DraftOrigin Origin);
