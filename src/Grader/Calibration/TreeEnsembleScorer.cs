namespace Grader.Calibration;

/// <summary>A boosted tree ensemble's prediction: its bias plus every tree's weighted leaf value.</summary>
internal sealed record TreeEnsembleScorer(double Bias, RegressionTree[] Trees)
{
    public double Predict(ReadOnlySpan<float> features)
    {
        var sum = Bias;
        foreach (var tree in Trees)
        {
            sum += tree.Evaluate(features);
        }

        return sum;
    }
}
