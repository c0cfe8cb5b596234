using Grader.Similarity;

namespace Grader.Calibration;

/// <summary>
/// The learned part of a calibration for one mark (the total, or one criterion): its features (with the similarity
/// groups of the scripts at each of its levels), the boosted trees, the ridge model, the line on the engine's own mark,
/// the blend weights and the cut-points that turn the blended prediction into a whole mark 0..<see cref="Max"/>.
/// Immutable.
/// </summary>
internal sealed class CalibrationScorer(CalibrationFeaturizer featurizer, TreeEnsembleScorer trees, LinearScorer linear, EngineLine line, BlendWeights weights, CutPoints cutPoints)
{
    public CalibrationFeaturizer Featurizer { get; } = featurizer;

    public TreeEnsembleScorer Trees { get; } = trees;

    public LinearScorer Linear { get; } = linear;

    public EngineLine Line { get; } = line;

    public BlendWeights Weights { get; } = weights;

    public CutPoints CutPoints { get; } = cutPoints;

    public int Max => Featurizer.MaxMark;

    /// <summary>The blended prediction (clamped to the scale, ±0.49) and each learner's own, from an essay's features and the engine's mark.</summary>
    public (double Blend, double Trees, double Linear) Predict(double[] dense, SparseVector ngrams, SparseVector characters, int engineMark)
    {
        var features = new float[dense.Length];
        for (var i = 0; i < dense.Length; i++)
        {
            features[i] = (float)dense[i];
        }

        var tree = Trees.Predict(features);
        var linear = Linear.Predict(dense, ngrams, characters);
        var blend = Math.Clamp(Weights.Blend(tree, linear, Line.Predict(engineMark)), -0.49, Max + 0.49);
        return (blend, tree, linear);
    }
}
