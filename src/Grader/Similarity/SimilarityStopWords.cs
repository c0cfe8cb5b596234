using System.Collections.Frozen;

namespace Grader.Similarity;

/// <summary>
/// The one English stop-word list of the similarity model. Stop words are dropped before word n-grams and character
/// n-grams are made, in training and at inference alike. Words that carry time or cause in a history answer
/// ("before", "after", "during", "against", "because", "not") are deliberately kept.
/// Changing this list changes the features: bump <see cref="SimilarityFeaturizer.Version"/> with it.
/// </summary>
internal static class SimilarityStopWords
{
    private static readonly FrozenSet<string> Words = FrozenSet.Create(
        StringComparer.Ordinal,
        "a", "about", "all", "also", "am", "an", "and", "any", "are", "as", "at", "be", "been", "being", "both", "but",
        "by", "can", "could", "did", "do", "does", "doing", "each", "for", "from", "had", "has", "have", "having", "he",
        "her", "here", "hers", "herself", "him", "himself", "his", "how", "i", "if", "in", "into", "is", "it", "its",
        "itself", "just", "me", "my", "myself", "of", "on", "or", "our", "ours", "ourselves", "s", "she", "should", "so",
        "such", "t", "than", "that", "the", "their", "theirs", "them", "themselves", "then", "there", "these", "they",
        "this", "those", "to", "too", "very", "was", "we", "were", "what", "which", "while", "who", "whom", "will",
        "with", "would", "you", "your", "yours");

    private static readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> SpanLookup =
        Words.GetAlternateLookup<ReadOnlySpan<char>>();

    /// <summary>The number of stop words.</summary>
    public static int Count => Words.Count;

    /// <summary>True when <paramref name="token"/> (already normalised by <see cref="SimilarityTokenizer"/>) is a stop word.</summary>
    public static bool Contains(ReadOnlySpan<char> token) => SpanLookup.Contains(token);
}
