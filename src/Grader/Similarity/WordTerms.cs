namespace Grader.Similarity;

/// <summary>
/// What one normalised word adds to a similarity vector: its unigram index (<see cref="StopWord"/> or
/// <see cref="Unknown"/> when it has none) and the slots of its character n-grams, in enumeration order with repeats.
/// </summary>
internal readonly record struct WordTerms(int Unigram, int[] CharGramSlots)
{
    /// <summary>A stop word: it adds nothing and does not break a bigram.</summary>
    public const int StopWord = -2;

    /// <summary>A word outside the unigram vocabulary: it adds its character n-grams and breaks a bigram.</summary>
    public const int Unknown = -1;
}
