using Grader.Rubrics;

namespace Grader.Checks;

/// <summary>
/// A compiled <see cref="Misconception"/>: the slots (in <see cref="MisconceptionPhrases"/>) of its "all of" groups,
/// each of which a sentence must fill, and of its "none of" list (-1 when it has none).
/// </summary>
internal sealed record MisconceptionRule(Misconception Misconception, int[] AllOfSlots, int NoneOfSlot);
