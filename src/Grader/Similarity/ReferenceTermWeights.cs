namespace Grader.Similarity;

/// <summary>
/// The term weights (IDF) of the similarity model, which must not come from the reference documents alone: fitted on
/// one model answer, document IDF weighs every term log(1) = 0, and even on a long model essay the words every
/// paragraph shares (the subject's name) weigh nothing. Instead:
/// <list type="bullet">
/// <item>a reference of at least <see cref="MinimumSentences"/> sentences weighs each term by the share of its
/// sentences that hold it (sentence IDF, <c>ln((S + 1) / (df + 1))</c>): what distinguishes one point from another
/// within the answer;</item>
/// <item>a shorter reference (a short answer's few sentences) has too few sentences to weigh by, so each term weighs
/// 1 plus its IDF in general English (<see cref="BackgroundDocumentFrequencies.English"/>): rare, specific words count
/// more than common ones.</item>
/// </list>
/// When sentence IDF would weigh every term 0 (the same sentence repeated), the background is used too. Measurements
/// behind the choice: docs/english-df.md.
/// </summary>
internal static class ReferenceTermWeights
{
    /// <summary>The version of this weighting: part of the training set's fingerprint, so models weighed otherwise are stale.</summary>
    public const int Version = 1;

    /// <summary>References with fewer sentences than this are weighed by the background table.</summary>
    public const int MinimumSentences = 12;

    /// <summary>A model whose every weight is at most this is degenerate: it cannot tell any text from any other.</summary>
    public const float DegenerateBelow = 1e-4f;

    /// <summary>
    /// <paramref name="vocabulary"/> with its weights replaced by those for <paramref name="documents"/> (the training
    /// set's reference documents).
    /// </summary>
    public static SimilarityVocabulary Reweigh(SimilarityVocabulary vocabulary, IReadOnlyList<string> documents)
    {
        ArgumentNullException.ThrowIfNull(vocabulary);
        ArgumentNullException.ThrowIfNull(documents);
        var counter = new BackgroundDocumentFrequencyCounter();
        foreach (var document in documents)
        {
            foreach (var sentence in Sentences(document))
            {
                counter.Add(sentence);
            }
        }

        if (counter.DocumentCount >= MinimumSentences)
        {
            var weights = Weights(vocabulary, counter.ToTable(minimumDocuments: 1), floor: 0, unseenAsOnce: true);
            if (!IsDegenerate(weights))
            {
                return WithWeights(vocabulary, weights);
            }
        }

        return WithWeights(vocabulary, Weights(vocabulary, BackgroundDocumentFrequencies.English, floor: 1, unseenAsOnce: false));
    }

    /// <summary>The number of sentences the reference documents hold (<see cref="Sentences"/>), which decides the weighting.</summary>
    public static int SentenceCount(IReadOnlyList<string> documents)
    {
        ArgumentNullException.ThrowIfNull(documents);
        var count = 0;
        foreach (var document in documents)
        {
            count += Sentences(document).Count();
        }

        return count;
    }

    /// <summary>Whether every weight is (about) 0, so every cosine is 0 or undefined.</summary>
    public static bool IsDegenerate(ReadOnlySpan<float> weights)
    {
        foreach (var weight in weights)
        {
            if (weight > DegenerateBelow)
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>
    /// The sentences of a reference text: split after '.', '!' or '?' followed by white space, and at line breaks
    /// (a key point or a heading-like line is a sentence of its own). Blank pieces are left out.
    /// </summary>
    internal static IEnumerable<string> Sentences(string text)
    {
        var start = 0;
        for (var i = 0; i < text.Length; i++)
        {
            var end = text[i] is '\n' or '\r' || (text[i] is '.' or '!' or '?' && i + 1 < text.Length && char.IsWhiteSpace(text[i + 1]));
            if (end)
            {
                if (!text.AsSpan(start, i + 1 - start).IsWhiteSpace())
                {
                    yield return text[start..(i + 1)];
                }

                start = i + 1;
            }
        }

        if (start < text.Length && !text.AsSpan(start).IsWhiteSpace())
        {
            yield return text[start..];
        }
    }

    /// <summary>
    /// <paramref name="floor"/> plus the IDF in <paramref name="table"/> of every term, by vector index. With
    /// <paramref name="unseenAsOnce"/>, a term the table never saw (a bigram spanning two of the reference's sentences)
    /// weighs as a term seen once, not as the rarest term there is.
    /// </summary>
    private static float[] Weights(SimilarityVocabulary vocabulary, BackgroundDocumentFrequencies table, float floor, bool unseenAsOnce)
    {
        var weights = new float[vocabulary.Size];
        var unigrams = vocabulary.Unigrams;
        for (var i = 0; i < unigrams.Length; i++)
        {
            weights[i] = Weight(table, table.UnigramFrequency(unigrams[i]), floor, unseenAsOnce);
        }

        var left = vocabulary.BigramLeft;
        var right = vocabulary.BigramRight;
        for (var j = 0; j < left.Length; j++)
        {
            weights[unigrams.Length + j] = Weight(table, table.BigramFrequency(unigrams[left[j]], unigrams[right[j]]), floor, unseenAsOnce);
        }

        var grams = vocabulary.CharGrams;
        for (var k = 0; k < grams.Length; k++)
        {
            weights[vocabulary.WordTermCount + k] = Weight(table, table.CharGramFrequency(grams[k]), floor, unseenAsOnce);
        }

        return weights;
    }

    private static float Weight(BackgroundDocumentFrequencies table, int frequency, float floor, bool unseenAsOnce) =>
        floor + (float)table.Idf(unseenAsOnce ? Math.Max(1, frequency) : frequency);

    private static SimilarityVocabulary WithWeights(SimilarityVocabulary vocabulary, float[] weights)
    {
        var unigramCount = vocabulary.Unigrams.Length;
        return new SimilarityVocabulary(
            vocabulary.Unigrams.ToArray(),
            weights[..unigramCount],
            vocabulary.BigramLeft.ToArray(),
            vocabulary.BigramRight.ToArray(),
            weights[unigramCount..vocabulary.WordTermCount],
            vocabulary.CharGrams.ToArray(),
            weights[vocabulary.WordTermCount..]);
    }
}
