using System.Security.Cryptography;
using System.Text;

namespace Grader.Similarity;

/// <summary>
/// What the similarity model is fitted on: the model essay (whole, and by paragraph), the key points of the answer
/// key, and any extra exemplar scripts. Texts are taken as given (already cleaned by the caller).
/// </summary>
internal sealed class SimilarityTrainingSet
{
    public SimilarityTrainingSet(
        string modelEssay,
        IReadOnlyList<string> modelEssayParagraphs,
        IReadOnlyList<KeyPointText> keyPoints,
        IReadOnlyList<string> exemplars)
    {
        ArgumentNullException.ThrowIfNull(modelEssay);
        ArgumentNullException.ThrowIfNull(modelEssayParagraphs);
        ArgumentNullException.ThrowIfNull(keyPoints);
        ArgumentNullException.ThrowIfNull(exemplars);
        var ids = new HashSet<string>(StringComparer.Ordinal);
        foreach (var keyPoint in keyPoints)
        {
            ArgumentNullException.ThrowIfNull(keyPoint, nameof(keyPoints));
            ArgumentException.ThrowIfNullOrWhiteSpace(keyPoint.Id, nameof(keyPoints));
            ArgumentNullException.ThrowIfNull(keyPoint.Text, nameof(keyPoints));
            if (!ids.Add(keyPoint.Id))
            {
                throw new ArgumentException($"Key point id '{keyPoint.Id}' appears more than once.", nameof(keyPoints));
            }
        }

        foreach (var paragraph in modelEssayParagraphs)
        {
            ArgumentNullException.ThrowIfNull(paragraph, nameof(modelEssayParagraphs));
        }

        foreach (var exemplar in exemplars)
        {
            ArgumentNullException.ThrowIfNull(exemplar, nameof(exemplars));
        }

        ModelEssay = modelEssay;
        ModelEssayParagraphs = [.. modelEssayParagraphs];
        KeyPoints = [.. keyPoints];
        Exemplars = [.. exemplars];
    }

    /// <summary>The whole model essay.</summary>
    public string ModelEssay { get; }

    /// <summary>The model essay's paragraphs, in order.</summary>
    public IReadOnlyList<string> ModelEssayParagraphs { get; }

    /// <summary>The answer key's key points.</summary>
    public IReadOnlyList<KeyPointText> KeyPoints { get; }

    /// <summary>Extra good scripts; may be empty.</summary>
    public IReadOnlyList<string> Exemplars { get; }

    /// <summary>
    /// The documents the vocabulary and IDF are fitted on, in a fixed order: each model-essay paragraph (or the
    /// whole essay when no paragraphs are given), each key point, each exemplar; blank texts are left out.
    /// </summary>
    public IReadOnlyList<string> Documents()
    {
        var documents = new List<string>();
        if (ModelEssayParagraphs.Count > 0)
        {
            AddIfNotBlank(documents, ModelEssayParagraphs);
        }
        else
        {
            AddIfNotBlank(documents, [ModelEssay]);
        }

        foreach (var keyPoint in KeyPoints)
        {
            AddIfNotBlank(documents, [keyPoint.Text]);
        }

        AddIfNotBlank(documents, Exemplars);
        return documents;
    }

    /// <summary>
    /// SHA-256 (lower-case hex) of everything training depends on: the featurisation and weighting versions and every text and id,
    /// each length-prefixed. Compare with <see cref="SimilarityModel.Fingerprint"/> to tell whether a saved model is
    /// stale. The seed is not part of it: it does not change a TF-IDF model.
    /// </summary>
    public string ComputeFingerprint()
    {
        using var hash = IncrementalHash.CreateHash(HashAlgorithmName.SHA256);
        Append(hash, "grader/similarity-training-set");
        Append(hash, SimilarityFeaturizer.Version);
        Append(hash, ReferenceTermWeights.Version);
        Append(hash, ModelEssay);
        Append(hash, ModelEssayParagraphs.Count);
        foreach (var paragraph in ModelEssayParagraphs)
        {
            Append(hash, paragraph);
        }

        Append(hash, KeyPoints.Count);
        foreach (var keyPoint in KeyPoints)
        {
            Append(hash, keyPoint.Id);
            Append(hash, keyPoint.Text);
        }

        Append(hash, Exemplars.Count);
        foreach (var exemplar in Exemplars)
        {
            Append(hash, exemplar);
        }

        return Convert.ToHexStringLower(hash.GetHashAndReset());
    }

    /// <summary>Whether the documents hold a content word (a word that is not a stop word), so there is anything to weigh.</summary>
    public bool HasContentWords()
    {
        foreach (var document in Documents())
        {
            if (SimilarityFeaturizer.Featurize(document).Words.Length > 0)
            {
                return true;
            }
        }

        return false;
    }

    private static void AddIfNotBlank(List<string> documents, IReadOnlyList<string> texts)
    {
        foreach (var text in texts)
        {
            if (!string.IsNullOrWhiteSpace(text))
            {
                documents.Add(text);
            }
        }
    }

    private static void Append(IncrementalHash hash, int value)
    {
        Span<byte> bytes = stackalloc byte[sizeof(int)];
        System.Buffers.Binary.BinaryPrimitives.WriteInt32LittleEndian(bytes, value);
        hash.AppendData(bytes);
    }

    private static void Append(IncrementalHash hash, string text)
    {
        var bytes = Encoding.UTF8.GetBytes(text);
        Append(hash, bytes.Length);
        hash.AppendData(bytes);
    }
}
