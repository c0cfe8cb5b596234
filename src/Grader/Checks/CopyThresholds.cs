namespace Grader.Checks;

/// <summary>
/// The thresholds of <see cref="CopyFinder"/>, in one place. <see cref="Default"/> holds the values in use, chosen on
/// ASAP prompts 1, 3, 5 and 7 and checked on prompts 2, 4, 6 and 8 and on texts written for the tests (see
/// docs/copy-detection.md); the measuring command varies them.
/// </summary>
/// <param name="CopiedAt">The similarity (1 − word edit distance over the longer unit) at which a unit counts as copied.</param>
/// <param name="NeighbourCopiedAt">
/// The similarity at which a unit counts as copied when its neighbour is copied from the neighbouring reference unit:
/// the order is evidence too, so less of the wording needs to survive (and the unit need not share an informative term).
/// </param>
/// <param name="MinimumTerms">A unit shorter than this is copied only beside a neighbour copied from the neighbouring reference unit: alone, a short sentence matches too easily.</param>
/// <param name="MinimumSharedTerms">
/// The distinct informative terms (content words and numbers that neither the question nor the common words of an
/// answer use) a unit must share with its match: sentences that share only the question's words and little words
/// ("A time when I was patient was…") are formulas any answer may use.
/// </param>
/// <param name="MinimumSharedTermsRestatingQuestion">
/// The same, for a unit that restates the question (as like a sentence of the question as <paramref name="CopiedAt"/>):
/// the model essay may open by restating the question too, and an answer doing the same with a word of its own ("…faced
/// obstacles in attempting to…") has copied nothing.
/// </param>
internal sealed record CopyThresholds(double CopiedAt, double NeighbourCopiedAt, int MinimumTerms, int MinimumSharedTerms, int MinimumSharedTermsRestatingQuestion)
{
    public static CopyThresholds Default { get; } = new(0.45, 0.35, 6, 1, 3);
}
