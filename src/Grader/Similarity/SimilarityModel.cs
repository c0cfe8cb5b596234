namespace Grader.Similarity;

/// <summary>
/// The fitted similarity model: a TF-IDF vocabulary over word unigrams, word bigrams and character 3- and 4-grams,
/// with the precomputed vectors of the model essay (whole and by paragraph), of each key point and of each exemplar.
/// Immutable and thread-safe; made by SimilarityTrainer (in Grader.Training), saved beside the rubric with
/// <see cref="Save"/> and read back with <see cref="Load"/> (no ML.NET involved).
/// </summary>
internal sealed class SimilarityModel
{
    private readonly SimilarityVectorizer _vectorizer;

    /// <summary>Assembles a model; the reference vectors must come from <paramref name="vectorizer"/>.</summary>
    public SimilarityModel(
        SimilarityVectorizer vectorizer,
        string fingerprint,
        int seed,
        int documentCount,
        SparseVector modelEssay,
        IReadOnlyList<SparseVector> modelEssayParagraphs,
        IReadOnlyList<KeyPointVector> keyPoints,
        IReadOnlyList<SparseVector> exemplars)
    {
        ArgumentNullException.ThrowIfNull(vectorizer);
        ArgumentException.ThrowIfNullOrWhiteSpace(fingerprint);
        ArgumentOutOfRangeException.ThrowIfNegative(documentCount);
        ArgumentNullException.ThrowIfNull(modelEssay);
        ArgumentNullException.ThrowIfNull(modelEssayParagraphs);
        ArgumentNullException.ThrowIfNull(keyPoints);
        ArgumentNullException.ThrowIfNull(exemplars);
        _vectorizer = vectorizer;
        Fingerprint = fingerprint;
        Seed = seed;
        DocumentCount = documentCount;
        ModelEssay = modelEssay;
        ModelEssayParagraphs = [.. modelEssayParagraphs];
        KeyPoints = [.. keyPoints];
        Exemplars = [.. exemplars];
        var keyPointVectors = new SparseVector[KeyPoints.Count];
        for (var k = 0; k < keyPointVectors.Length; k++)
        {
            keyPointVectors[k] = KeyPoints[k].Vector;
        }

        KeyPointReferences = new ReferenceMatrix(vectorizer.Dimension, keyPointVectors);
        EssayReferences = new ReferenceMatrix(vectorizer.Dimension, [ModelEssay, .. Exemplars]);
    }

    /// <summary>The key points, in answer-key order, as one matrix for fast cosines (what each paragraph is scored against).</summary>
    public ReferenceMatrix KeyPointReferences { get; }

    /// <summary>The model essay, then the exemplars, as one matrix for fast cosines (what the whole essay is scored against).</summary>
    public ReferenceMatrix EssayReferences { get; }

    /// <summary>The version of the saved-file format that <see cref="Save"/> writes and <see cref="Load"/> reads.</summary>
    public const int FormatVersion = SimilarityModelFile.FormatVersion;

    /// <summary>SHA-256 hex of the training inputs (<see cref="SimilarityTrainingSet.ComputeFingerprint"/>).</summary>
    public string Fingerprint { get; }

    /// <summary>The ML.NET seed training used.</summary>
    public int Seed { get; }

    /// <summary>The number of training documents.</summary>
    public int DocumentCount { get; }

    /// <summary>The number of terms: the vector dimension.</summary>
    public int VocabularySize => _vectorizer.Dimension;

    /// <summary>The fitted vocabulary with IDF weights.</summary>
    public SimilarityVocabulary Vocabulary => _vectorizer.Vocabulary;

    /// <summary>The vector of the whole model essay.</summary>
    public SparseVector ModelEssay { get; }

    /// <summary>The vector of each model-essay paragraph, in order.</summary>
    public IReadOnlyList<SparseVector> ModelEssayParagraphs { get; }

    /// <summary>The vector of each key point, in answer-key order.</summary>
    public IReadOnlyList<KeyPointVector> KeyPoints { get; }

    /// <summary>The vector of each exemplar script, in order.</summary>
    public IReadOnlyList<SparseVector> Exemplars { get; }

    /// <summary>
    /// True when every term weighs (about) 0, as a model fitted with document IDF on one reference text does: every
    /// cosine is then 0, so such a model is a load problem, never used.
    /// </summary>
    public bool IsDegenerate => ReferenceTermWeights.IsDegenerate(_vectorizer.Vocabulary.IdfByIndex());

    /// <summary>What to do about a degenerate model (<see cref="IsDegenerate"/>); <paramref name="subject"/> names the model.</summary>
    public static string DegenerateMessage(string subject) =>
        $"{subject} weighs every term 0, so it would score every essay 0 (it was fitted with weights from the reference texts alone, which one model answer makes all 0): train it again with 'grader train' (or MarkSchemeTrainer in Grader.Training) and save it.";

    /// <summary>True when this model was trained on exactly <paramref name="set"/> (false: the saved model is stale).</summary>
    public bool IsTrainedOn(SimilarityTrainingSet set)
    {
        ArgumentNullException.ThrowIfNull(set);
        return string.Equals(Fingerprint, set.ComputeFingerprint(), StringComparison.Ordinal);
    }

    /// <summary>The L2-normalised TF-IDF vector of <paramref name="text"/> (the hot path; allocates only the result).</summary>
    public SparseVector Vectorize(ReadOnlySpan<char> text) => _vectorizer.Vectorize(text);

    /// <summary>
    /// The cosine of each part of <paramref name="text"/> with every key point (row by row in <paramref name="partCosines"/>,
    /// <see cref="KeyPointReferences"/> columns a row) and of all the parts together with the model essay, then each
    /// exemplar (<paramref name="wholeCosines"/>, <see cref="EssayReferences"/>). The hot path: it reads the text once
    /// and allocates nothing.
    /// </summary>
    public void ScoreParts(ReadOnlySpan<char> text, ReadOnlySpan<Text.TextSpan> parts, Span<double> partCosines, Span<double> wholeCosines) =>
        _vectorizer.ScoreParts(text, parts, KeyPointReferences, partCosines, EssayReferences, wholeCosines);

    /// <summary>Cosine similarity of two vectors; 0 when either is empty.</summary>
    public static double Cosine(SparseVector a, SparseVector b) => SparseVector.Cosine(a, b);

    /// <summary>Describes the term at a vector index (for explanations), e.g. <c>word:secret|speech</c>.</summary>
    public string DescribeTerm(int index) => _vectorizer.Vocabulary.DescribeTerm(index);

    /// <summary>Writes the model in the format described on <see cref="SimilarityModelFile"/>; the same model always gives the same bytes.</summary>
    public void Save(Stream stream) => SimilarityModelFile.Write(this, stream);

    /// <summary>Reads a model written by <see cref="Save"/>; a damaged, truncated or outdated file throws <see cref="InvalidDataException"/>.</summary>
    public static SimilarityModel Load(Stream stream) => SimilarityModelFile.Read(stream);
}
