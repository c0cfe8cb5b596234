using Grader.Similarity;

namespace Grader.Calibration;

/// <summary>
/// A linear model over standardised dense features, sparse word n-gram features and hashed character n-gram features,
/// predicting a standardised mark: prediction = LabelMean + LabelScale × (Bias + w·x).
/// </summary>
internal sealed record LinearScorer(double Bias, float[] DenseWeights, float[] SparseWeights, float[] CharacterWeights, double[] Means, double[] Scales, double LabelMean, double LabelScale)
{
    public double Predict(ReadOnlySpan<double> dense, SparseVector ngrams, SparseVector characters)
    {
        var sum = Bias;
        for (var i = 0; i < DenseWeights.Length; i++)
        {
            sum += DenseWeights[i] * (float)Standardise(dense[i], i);
        }

        var indices = ngrams.Indices;
        var values = ngrams.Values;
        for (var k = 0; k < indices.Length; k++)
        {
            sum += SparseWeights[indices[k]] * values[k];
        }

        indices = characters.Indices;
        values = characters.Values;
        for (var k = 0; k < indices.Length; k++)
        {
            sum += CharacterWeights[indices[k]] * values[k];
        }

        return LabelMean + (LabelScale * sum);
    }

    public double Standardise(double value, int index) => Scales[index] > 0 ? Math.Clamp((value - Means[index]) / Scales[index], -5, 5) : 0;
}
