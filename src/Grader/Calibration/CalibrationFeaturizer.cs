using System.Collections.Frozen;
using Grader.Checks;
using Grader.Scoring;
using Grader.Similarity;

namespace Grader.Calibration;

/// <summary>
/// Turns a graded essay into the calibration's features: dense ones (the engine's total and criterion scores, its 22
/// signals, length and vocabulary measures, similarity to each mark level's scripts) and sparse word and character n-grams.
/// </summary>
internal sealed class CalibrationFeaturizer
{
    private static readonly string[] SignalNames = SignalCatalog.Descriptions.Keys.Order(StringComparer.Ordinal).ToArray();

    private static readonly FrozenDictionary<string, int> SignalIndex = SignalNames.Index().ToFrozenDictionary(p => p.Item, p => p.Index, StringComparer.Ordinal);

    public CalibrationFeaturizer(IReadOnlyList<string> criterionIds, int maxMark, NgramVocabulary vocabulary, CharacterNgrams characters, MarkLevelCentroids centroids)
    {
        CriterionIds = criterionIds;
        MaxMark = maxMark;
        Vocabulary = vocabulary;
        Characters = characters;
        Centroids = centroids;
        DenseNames = new[] { "engine.total" }
            .Concat(criterionIds.Select(id => "criterion." + id))
            .Concat(SignalNames)
            .Concat(["engine.words.log", "engine.paragraphs", "engine.sentences.log", "engine.review"])
            .Concat(TextProfile.Names)
            .Concat(centroids.FeatureNames)
            .ToArray();
    }

    public IReadOnlyList<string> CriterionIds { get; }

    public int MaxMark { get; }

    public NgramVocabulary Vocabulary { get; }

    public CharacterNgrams Characters { get; }

    public MarkLevelCentroids Centroids { get; }

    public IReadOnlyList<string> DenseNames { get; }

    public int DenseCount => DenseNames.Count;

    /// <summary>How many of the dense features come before the similarity-group ones (they do not depend on the mark being learned).</summary>
    public int CommonCount => DenseCount - Centroids.FeatureCount;

    /// <summary>
    /// The same features for learning another mark out of <paramref name="maxMark"/> (a criterion's), whose scripts are
    /// grouped by that mark in <paramref name="centroids"/>; the vocabularies are shared.
    /// </summary>
    public CalibrationFeaturizer ForMark(int maxMark, MarkLevelCentroids centroids) => new(CriterionIds, maxMark, Vocabulary, Characters, centroids);

    /// <summary>
    /// The dense features that do not depend on the mark being learned: the engine's total, criterion scores, signals and
    /// counts, and the text profile. <paramref name="trainedOn"/> says the essay is one of the training scripts (its own
    /// words are then left out of the rare-word measure).
    /// </summary>
    public double[] Common(GradeResult result, TokenizedText text, bool trainedOn)
    {
        var features = new double[CommonCount];
        var k = 0;
        features[k++] = result.Max > 0 ? result.Total / (double)result.Max : 0;
        foreach (var id in CriterionIds)
        {
            features[k++] = result.Criteria.FirstOrDefault(c => c.Id == id)?.Score ?? 0;
        }

        // Each signal's value at its place (the first one of a name counts, as a lookup by name would find it).
        var signals = result.Signals;
        for (var s = signals.Count - 1; s >= 0; s--)
        {
            if (SignalIndex.TryGetValue(signals[s].Name, out var index))
            {
                features[k + index] = signals[s].Value;
            }
        }

        k += SignalNames.Length;

        features[k++] = Math.Log(1 + result.Statistics.Words);
        features[k++] = result.Statistics.Paragraphs;
        features[k++] = Math.Log(1 + result.Statistics.Sentences);
        features[k++] = result.Status == GradeStatus.Review ? 1 : 0;
        var known = trainedOn ? 3 : 2;
        var profile = TextProfile.Measure(text, result.Statistics.Sentences, word => Vocabulary.IsUsedBy(word, known));
        profile.CopyTo(features, k);
        return features;
    }

    /// <summary>
    /// All the dense features: the <paramref name="common"/> ones followed by the essay's similarity to each mark level's
    /// scripts. <paramref name="ownGroup"/> is the script's mark group when it belongs to the training sample (its own
    /// vector is then left out of its group), −1 for an unseen essay.
    /// </summary>
    public double[] Dense(double[] common, SparseVector ngrams, int ownGroup)
    {
        var features = new double[DenseCount];
        common.CopyTo(features, 0);
        Centroids.Features(ngrams, ownGroup, features.AsSpan(common.Length));
        return features;
    }
}
