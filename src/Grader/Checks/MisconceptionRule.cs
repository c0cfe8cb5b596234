using Grader.Rubrics;
using Grader.Text;

namespace Grader.Checks;

/// <summary>A compiled <see cref="Misconception"/>: one phrase set per "all of" group, one for "none of".</summary>
internal sealed record MisconceptionRule(Misconception Misconception, PhraseSet[] AllOf, PhraseSet NoneOf);
