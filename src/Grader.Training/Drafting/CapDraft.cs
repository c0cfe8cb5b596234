using Grader.Rubrics;

namespace Grader.Drafting;

/// <summary>
/// A cap of a template criterion, naming its level by rank from the bottom (0 the lowest level, 1 the next…) so that it
/// keeps its meaning when the criterion's levels are rescaled or merged.
/// </summary>
internal sealed record CapDraft(int RankFromBottom, IReadOnlyList<SignalCondition> When, string Reason);
