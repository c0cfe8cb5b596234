namespace Grader.Calibration;

/// <summary>
/// One regression tree extracted from a fitted ML.NET tree ensemble: at node i, go left when feature
/// <c>Feature[i]</c> ≤ <c>Threshold[i]</c>, else right; a negative child c is the leaf ~c.
/// </summary>
internal sealed record RegressionTree(int[] Feature, float[] Threshold, int[] Left, int[] Right, double[] Leaf, double Weight)
{
    public double Evaluate(ReadOnlySpan<float> features)
    {
        if (Feature.Length == 0)
        {
            return Weight * Leaf[0];
        }

        var node = 0;
        while (node >= 0)
        {
            node = features[Feature[node]] <= Threshold[node] ? Left[node] : Right[node];
        }

        return Weight * Leaf[~node];
    }
}
