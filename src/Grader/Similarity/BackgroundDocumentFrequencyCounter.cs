namespace Grader.Similarity;

/// <summary>
/// Counts, over a collection of documents, how many documents contain each term of the similarity model: word
/// unigrams, word bigrams and character n-grams exactly as <see cref="SimilarityFeaturizer"/> makes them (same
/// tokenizer, stop words and n-gram lengths), so a table built here is keyed the way the model looks terms up.
/// Not thread-safe: one builder fills one counter.
/// </summary>
internal sealed class BackgroundDocumentFrequencyCounter
{
    private readonly Dictionary<string, int> _unigrams = new(StringComparer.Ordinal);
    private readonly Dictionary<string, int> _bigrams = new(StringComparer.Ordinal);
    private readonly Dictionary<string, int> _charGrams = new(StringComparer.Ordinal);
    private readonly HashSet<string> _seen = new(StringComparer.Ordinal);

    /// <summary>The number of documents added so far (blank ones included: they are documents without terms).</summary>
    public int DocumentCount { get; private set; }

    /// <summary>Adds one document: each distinct term in it counts once.</summary>
    public void Add(string document)
    {
        ArgumentNullException.ThrowIfNull(document);
        DocumentCount++;
        var row = SimilarityFeaturizer.Featurize(document);
        var words = row.Words.Length == 0 ? [] : row.Words.Split(' ');
        CountDistinct(words, _unigrams);
        var bigrams = new string[Math.Max(0, words.Length - 1)];
        for (var i = 1; i < words.Length; i++)
        {
            bigrams[i - 1] = BackgroundDocumentFrequencies.BigramKey(words[i - 1], words[i]);
        }

        CountDistinct(bigrams, _bigrams);
        CountDistinct(row.CharGrams.Length == 0 ? [] : row.CharGrams.Split(' '), _charGrams);
    }

    /// <summary>
    /// The table of every term found in at least <paramref name="minimumDocuments"/> documents (rarer terms are left
    /// out and so weigh as unseen terms do).
    /// </summary>
    public BackgroundDocumentFrequencies ToTable(int minimumDocuments)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(minimumDocuments, 1);
        return new BackgroundDocumentFrequencies(
            DocumentCount,
            Keep(_unigrams, minimumDocuments),
            Keep(_bigrams, minimumDocuments),
            Keep(_charGrams, minimumDocuments));
    }

    private void CountDistinct(string[] terms, Dictionary<string, int> counts)
    {
        _seen.Clear();
        foreach (var term in terms)
        {
            if (_seen.Add(term))
            {
                counts[term] = counts.GetValueOrDefault(term) + 1;
            }
        }
    }

    private static Dictionary<string, int> Keep(Dictionary<string, int> counts, int minimumDocuments) =>
        counts.Where(pair => pair.Value >= minimumDocuments).ToDictionary(pair => pair.Key, pair => pair.Value, StringComparer.Ordinal);
}
