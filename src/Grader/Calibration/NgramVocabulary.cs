using Grader.Similarity;

namespace Grader.Calibration;

/// <summary>
/// Word unigrams and bigrams of the marked scripts with their inverse document frequencies: every unigram used by at
/// least two scripts, and the most frequent bigrams used by at least two. Vectors are sublinear TF × IDF, L2-normalised.
/// </summary>
internal sealed class NgramVocabulary
{
    /// <summary>What joins the two words of a bigram term ("first second").</summary>
    private const char BigramSeparator = ' ';

    private readonly Dictionary<string, int> _index;
    private readonly Dictionary<string, int>.AlternateLookup<ReadOnlySpan<char>> _spanIndex;

    public NgramVocabulary(IReadOnlyList<string> terms, IReadOnlyList<float> idf, IReadOnlyList<int> documentFrequency)
    {
        Terms = terms;
        Idf = idf.ToArray();
        DocumentFrequency = documentFrequency;
        _index = new Dictionary<string, int>(terms.Count, StringComparer.Ordinal);
        for (var i = 0; i < terms.Count; i++)
        {
            _index[terms[i]] = i;
        }

        _spanIndex = _index.GetAlternateLookup<ReadOnlySpan<char>>();
    }

    public IReadOnlyList<string> Terms { get; }

    public float[] Idf { get; }

    /// <summary>In how many training scripts each term occurs.</summary>
    public IReadOnlyList<int> DocumentFrequency { get; }

    public int Size => Terms.Count;

    public static NgramVocabulary Fit(IReadOnlyList<TokenizedText> documents, int maxBigrams)
    {
        var frequency = new Dictionary<string, int>(StringComparer.Ordinal);
        var seen = new HashSet<string>(StringComparer.Ordinal);
        foreach (var document in documents)
        {
            seen.Clear();
            foreach (var term in TermsOf(document.Tokens))
            {
                if (seen.Add(term))
                {
                    frequency[term] = frequency.GetValueOrDefault(term) + 1;
                }
            }
        }

        var unigrams = frequency.Where(p => p.Value >= 2 && !p.Key.Contains(BigramSeparator, StringComparison.Ordinal));
        var bigrams = frequency.Where(p => p.Value >= 2 && p.Key.Contains(BigramSeparator, StringComparison.Ordinal))
            .OrderByDescending(p => p.Value).ThenBy(p => p.Key, StringComparer.Ordinal).Take(maxBigrams);
        var chosen = unigrams.Concat(bigrams).OrderBy(p => p.Key, StringComparer.Ordinal).ToArray();
        var n = documents.Count;
        return new NgramVocabulary(
            chosen.Select(p => p.Key).ToArray(),
            chosen.Select(p => (float)(Math.Log((n + 1.0) / (p.Value + 1.0)) + 1.0)).ToArray(),
            chosen.Select(p => p.Value).ToArray());
    }

    /// <summary>Whether <paramref name="word"/> is used by at least <paramref name="scripts"/> training scripts.</summary>
    public bool IsUsedBy(string word, int scripts) => _index.TryGetValue(word, out var i) && DocumentFrequency[i] >= scripts;

    public SparseVector Vectorize(string[] tokens)
    {
        var counts = TermCounts.ForThread(Size);
        var longest = 0;
        foreach (var token in tokens)
        {
            longest = Math.Max(longest, token.Length);
        }

        var pair = longest <= 128 ? stackalloc char[(2 * longest) + 1] : new char[(2 * longest) + 1];
        try
        {
            for (var i = 0; i < tokens.Length; i++)
            {
                if (_spanIndex.TryGetValue(tokens[i], out var unigram))
                {
                    counts.Add(unigram);
                }

                if (i + 1 < tokens.Length)
                {
                    // The bigram "first second", looked up without making its string.
                    var first = tokens[i];
                    var second = tokens[i + 1];
                    first.CopyTo(pair);
                    pair[first.Length] = BigramSeparator;
                    second.CopyTo(pair[(first.Length + 1)..]);
                    if (_spanIndex.TryGetValue(pair[..(first.Length + 1 + second.Length)], out var bigram))
                    {
                        counts.Add(bigram);
                    }
                }
            }

            return SublinearTfIdf.Vector(counts, Idf);
        }
        finally
        {
            counts.Clear();
        }
    }

    private static IEnumerable<string> TermsOf(string[] tokens)
    {
        for (var i = 0; i < tokens.Length; i++)
        {
            yield return tokens[i];
            if (i + 1 < tokens.Length)
            {
                yield return string.Concat(tokens[i], BigramSeparator.ToString(), tokens[i + 1]);
            }
        }
    }
}
