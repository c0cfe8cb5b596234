namespace Grader.Similarity;

/// <summary>Fits a <see cref="SimilarityModel"/> with ML.NET on a <see cref="SimilarityTrainingSet"/>.</summary>
internal static class SimilarityTrainer
{
    /// <summary>
    /// Fits the vocabulary with <see cref="SimilarityPipeline"/>, weighs its terms with <see cref="ReferenceTermWeights"/>
    /// (not with ML.NET's document IDF, which one reference text makes all 0), and precomputes the reference vectors.
    /// Deterministic: the same set gives the same model.
    /// </summary>
    public static SimilarityModel Train(SimilarityTrainingSet set, int seed = 1)
    {
        ArgumentNullException.ThrowIfNull(set);
        var documents = set.Documents();
        var pipeline = SimilarityPipeline.Fit(documents, seed);
        return Assemble(set, ReferenceTermWeights.Reweigh(pipeline.ExtractVocabulary(), documents), seed, pipeline.DocumentCount);
    }

    /// <summary>The model of <paramref name="set"/> with the terms and weights of <paramref name="vocabulary"/>: the reference vectors precomputed.</summary>
    internal static SimilarityModel Assemble(SimilarityTrainingSet set, SimilarityVocabulary vocabulary, int seed, int documentCount)
    {
        var vectorizer = new SimilarityVectorizer(vocabulary);

        var paragraphs = new SparseVector[set.ModelEssayParagraphs.Count];
        for (var i = 0; i < paragraphs.Length; i++)
        {
            paragraphs[i] = vectorizer.Vectorize(set.ModelEssayParagraphs[i]);
        }

        var keyPoints = new KeyPointVector[set.KeyPoints.Count];
        for (var i = 0; i < keyPoints.Length; i++)
        {
            keyPoints[i] = new KeyPointVector(set.KeyPoints[i].Id, vectorizer.Vectorize(set.KeyPoints[i].Text));
        }

        var exemplars = new SparseVector[set.Exemplars.Count];
        for (var i = 0; i < exemplars.Length; i++)
        {
            exemplars[i] = vectorizer.Vectorize(set.Exemplars[i]);
        }

        return new SimilarityModel(
            vectorizer,
            set.ComputeFingerprint(),
            seed,
            documentCount,
            vectorizer.Vectorize(set.ModelEssay),
            paragraphs,
            keyPoints,
            exemplars);
    }
}
