using System.Collections.Frozen;

namespace Grader.Text;

/// <summary>
/// English function words (articles, pronouns, prepositions, conjunctions, auxiliaries, and the pieces contractions
/// split into), by their <see cref="WordHash"/>: the words that copy detection keeps for a sentence's shape but does not
/// count as content. Any essay uses them, whatever its topic.
/// </summary>
internal static class FunctionWordSet
{
    private static readonly string[] Words =
    [
        "a", "an", "the", "this", "that", "these", "those", "some", "any", "each", "every", "all", "both", "either",
        "neither", "no", "not", "nor", "other", "another", "such", "own", "same", "much", "many", "more", "most", "few",
        "less", "least", "several", "i", "me", "my", "mine", "myself", "we", "us", "our", "ours", "ourselves", "you",
        "your", "yours", "yourself", "he", "him", "his", "himself", "she", "her", "hers", "herself", "it", "its",
        "itself", "they", "them", "their", "theirs", "themselves", "who", "whom", "whose", "which", "what", "whatever",
        "one", "ones", "there", "here", "where", "when", "while", "whilst", "why", "how", "then", "than", "so", "as",
        "if", "because", "since", "though", "although", "unless", "until", "till", "whether", "and", "but", "or", "yet",
        "also", "too", "very", "just", "only", "even", "still", "already", "again", "ever", "never", "of", "to", "in",
        "on", "at", "by", "for", "from", "with", "without", "within", "into", "onto", "upon", "about", "above", "below",
        "over", "under", "between", "among", "amongst", "through", "throughout", "during", "before", "after", "against",
        "towards", "toward", "across", "along", "around", "behind", "beyond", "despite", "via", "off", "out", "up",
        "down", "is", "am", "are", "was", "were", "be", "been", "being", "have", "has", "had", "having", "do", "does",
        "did", "doing", "done", "will", "would", "shall", "should", "can", "could", "may", "might", "must", "s", "t",
        "d", "ll", "re", "ve", "m", "don", "didn", "doesn", "isn", "wasn", "weren", "aren", "hasn", "haven", "hadn",
        "won", "wouldn", "couldn", "shouldn", "cannot",
    ];

    private static readonly FrozenSet<ulong> Hashes = Words.Select(w => WordHash.Of(w)).ToFrozenSet();

    /// <summary>How many function words there are.</summary>
    public static int Count => Words.Length;

    /// <summary>Whether the word with <paramref name="wordHash"/> (a <see cref="WordHash"/>, so any case) is a function word.</summary>
    public static bool Contains(ulong wordHash) => Hashes.Contains(wordHash);
}
