using Grader.Similarity;

namespace Grader.Calibration;

/// <summary>
/// A linear model over standardised dense features followed by sparse n-gram features, predicting a standardised mark:
/// prediction = LabelMean + LabelScale × (Bias + w·x).
/// </summary>
internal sealed record LinearScorer(double Bias, float[] DenseWeights, float[] SparseWeights, double[] Means, double[] Scales, double LabelMean, double LabelScale)
{
    public double Predict(ReadOnlySpan<double> dense, SparseVector ngrams)
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

        return LabelMean + (LabelScale * sum);
    }

    public double Standardise(double value, int index) => Scales[index] > 0 ? Math.Clamp((value - Means[index]) / Scales[index], -5, 5) : 0;
}
