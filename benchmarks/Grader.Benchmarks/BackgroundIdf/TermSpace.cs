using Grader.Similarity;

namespace Grader.Benchmarks.BackgroundIdf;

/// <summary>
/// Numbers the similarity model's terms (word unigrams, word bigrams, character n-grams, made by
/// <see cref="SimilarityFeaturizer"/>) as texts are counted, and remembers each term's family and its document
/// frequency in the background table. Not thread-safe.
/// </summary>
internal sealed class TermSpace(BackgroundDocumentFrequencies background)
{
    private readonly Dictionary<string, int> _ids = new(StringComparer.Ordinal);
    private readonly List<bool> _isCharGram = [];
    private readonly List<int> _backgroundFrequency = [];

    public BackgroundDocumentFrequencies Background { get; } = background;

    /// <summary>The term counts of <paramref name="text"/> by term id.</summary>
    public Dictionary<int, int> Count(string text)
    {
        var row = SimilarityFeaturizer.Featurize(text);
        var counts = new Dictionary<int, int>();
        var words = row.Words.Length == 0 ? [] : row.Words.Split(' ');
        for (var i = 0; i < words.Length; i++)
        {
            Add(counts, "w" + words[i], false, () => Background.UnigramFrequency(words[i]));
            if (i > 0)
            {
                Add(counts, "b" + BackgroundDocumentFrequencies.BigramKey(words[i - 1], words[i]), false, () => Background.BigramFrequency(words[i - 1], words[i]));
            }
        }

        foreach (var gram in row.CharGrams.Length == 0 ? [] : row.CharGrams.Split(' '))
        {
            Add(counts, "c" + gram, true, () => Background.CharGramFrequency(gram));
        }

        return counts;
    }

    public bool IsCharGram(int id) => _isCharGram[id];

    public int BackgroundFrequency(int id) => _backgroundFrequency[id];

    private void Add(Dictionary<int, int> counts, string key, bool isCharGram, Func<int> backgroundFrequency)
    {
        if (!_ids.TryGetValue(key, out var id))
        {
            id = _ids.Count;
            _ids.Add(key, id);
            _isCharGram.Add(isCharGram);
            _backgroundFrequency.Add(backgroundFrequency());
        }

        counts[id] = counts.GetValueOrDefault(id) + 1;
    }
}
