namespace Grader.Similarity;

/// <summary>Fits a <see cref="SimilarityModel"/> with ML.NET on a <see cref="SimilarityTrainingSet"/>.</summary>
internal static class SimilarityTrainer
{
    /// <summary>
    /// Fits the vocabulary and IDF weights with <see cref="SimilarityPipeline"/>, extracts them into a compact
    /// vectorizer and precomputes the reference vectors. Deterministic: the same set gives the same model.
    /// </summary>
    public static SimilarityModel Train(SimilarityTrainingSet set, int seed = 1)
    {
        ArgumentNullException.ThrowIfNull(set);
        var documents = set.Documents();
        var pipeline = SimilarityPipeline.Fit(documents, seed);
        var vectorizer = new SimilarityVectorizer(pipeline.ExtractVocabulary());

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
            pipeline.DocumentCount,
            vectorizer.Vectorize(set.ModelEssay),
            paragraphs,
            keyPoints,
            exemplars);
    }
}
